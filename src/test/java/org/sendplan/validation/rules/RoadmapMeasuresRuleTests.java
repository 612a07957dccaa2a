package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.RowKind;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class RoadmapMeasuresRuleTests {

    final RoadmapMeasuresRule rule = new RoadmapMeasuresRule();

    @Test
    void roadmapWithBothKindsPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void noSuccessMeasureRowFails() {
        assertThat(check(without(RowKind.SUCCESS_MEASURE))).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("ROADMAP-MEASURES");
            assertThat(finding.path()).isEqualTo("$.roadmap");
            assertThat(finding.message()).isEqualTo("The roadmap has no success measure row");
        });
    }

    @Test
    void noLeadingIndicatorRowFails() {
        assertThat(check(without(RowKind.LEADING_INDICATOR))).singleElement().extracting(Finding::message)
                .isEqualTo("The roadmap has no leading indicator row");
    }

    @Test
    void emptyRoadmapFailsTwice() {
        assertThat(check(Plans.edit().roadmap(List.of()).build())).hasSize(2);
    }

    private static PlanDocument without(RowKind kind) {
        return Plans.edit().roadmap(rows -> {
            rows.removeIf(row -> row.kind() == kind);
            return rows;
        }).build();
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
