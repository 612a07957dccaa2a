package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.BlueprintRow;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.RowKind;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class BlueprintCompleteRuleTests {

    final BlueprintCompleteRule rule = new BlueprintCompleteRule();

    @Test
    void completeBlueprintPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void missingBuildingBlockRowFails() {
        PlanDocument plan = Plans.edit().blueprintRows(rows -> {
            rows.removeIf(row -> row.buildingBlock() == BuildingBlock.INCLUSIVE_CULTURE);
            return rows;
        }).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("BLUEPRINT-COMPLETE");
            assertThat(finding.path()).isEqualTo("$.blueprint.rows");
            assertThat(finding.message()).contains("encouraging inclusive culture and behaviours");
        });
    }

    @Test
    void buildingBlockRowNeedsBothColumns() {
        PlanDocument plan = Plans.edit().blueprintRows(rows -> {
            rows.set(1, new BlueprintRow(RowKind.BUILDING_BLOCK, BuildingBlock.SPECIALIST_SUPPORT, null, "Now", " "));
            return rows;
        }).build();

        assertThat(check(plan)).extracting(Finding::path).containsExactly("$.blueprint.rows[1]");
    }

    @Test
    void noEnablerRowFails() {
        PlanDocument plan = Plans.edit().blueprintRows(rows -> {
            rows.removeIf(row -> row.kind() == RowKind.ENABLER);
            return rows;
        }).build();

        assertThat(check(plan)).extracting(Finding::path).containsExactly("$.blueprint.rows");
    }

    @Test
    void enablerRowWithoutColumnsDoesNotCount() {
        PlanDocument plan = Plans.edit().blueprintRows(rows -> {
            rows.set(4, new BlueprintRow(RowKind.ENABLER, null, "Workforce", null, null));
            return rows;
        }).build();

        assertThat(check(plan)).hasSize(1);
    }

    @Test
    void successMeasureNeedsBaselineAndTarget() {
        assertThat(check(Plans.edit().successMeasures(List.of(new SuccessMeasure("Attendance", "88%", null))).build()))
                .extracting(Finding::path).containsExactly("$.blueprint.successMeasures");
        assertThat(check(Plans.edit().successMeasures(List.of(new SuccessMeasure("Attendance", null, "91%"))).build()))
                .hasSize(1);
        assertThat(check(Plans.edit().successMeasures(List.of()).build())).hasSize(1);
    }

    @Test
    void oneCompleteSuccessMeasureIsEnough() {
        PlanDocument plan = Plans.edit().successMeasures(List.of(new SuccessMeasure("Draft", null, null),
                new SuccessMeasure("Attendance", "88%", "91%"))).build();

        assertThat(check(plan)).isEmpty();
    }

    @Test
    void emptyBlueprintReportsEveryGap() {
        PlanDocument plan = Plans.edit().blueprintRows(rows -> List.of()).successMeasures(List.of()).build();

        assertThat(check(plan)).hasSize(6);
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
