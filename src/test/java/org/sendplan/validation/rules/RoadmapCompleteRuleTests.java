package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.RowKind;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class RoadmapCompleteRuleTests {

    final RoadmapCompleteRule rule = new RoadmapCompleteRule();

    @Test
    void completeRoadmapPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void missingBuildingBlockFails() {
        PlanDocument plan = Plans.edit().roadmap(rows -> {
            rows.removeIf(row -> row.buildingBlock() == BuildingBlock.SPECIALIST_SUPPORT);
            return rows;
        }).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("ROADMAP-COMPLETE");
            assertThat(finding.path()).isEqualTo("$.roadmap");
            assertThat(finding.message())
                    .isEqualTo("The roadmap has no row for the building block access to specialist support and local "
                            + "placements");
        });
    }

    @Test
    void emptyYearFailsAtItsCell() {
        PlanDocument plan = Plans.edit().roadmap(rows -> {
            rows.set(6, new RoadmapRow(RowKind.LEADING_INDICATOR, null, "Settings reached", "40%", "", null));
            return rows;
        }).build();

        assertThat(check(plan)).extracting(Finding::path, Finding::message).containsExactly(
                tuple("$.roadmap[6].y2027_28",
                        "Roadmap row 7 (Settings reached) says nothing for 2027/28"),
                tuple("$.roadmap[6].y2028_29",
                        "Roadmap row 7 (Settings reached) says nothing for 2028/29"));
    }

    @Test
    void buildingBlockRowIsNamedByItsBlock() {
        PlanDocument plan = Plans.edit().roadmap(rows -> {
            rows.set(0, new RoadmapRow(RowKind.BUILDING_BLOCK, BuildingBlock.INCLUSION_IN_SETTINGS, null, null, "Y2",
                    "Y3"));
            return rows;
        }).build();

        assertThat(check(plan)).singleElement().extracting(Finding::message).isEqualTo(
                "Roadmap row 1 (strengthening inclusion across education settings) says nothing for 2026/27");
    }

    @Test
    void emptyRoadmapMissesEveryBlock() {
        assertThat(check(Plans.edit().roadmap(List.of()).build())).hasSize(4);
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
