package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Quarter;
import org.sendplan.plan.document.PlanDocument.Quarters;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;
import org.sendplan.validation.Severity;

class DeliveryQuarterMilestoneRuleTests {

    final DeliveryQuarterMilestoneRule rule = new DeliveryQuarterMilestoneRule();

    @Test
    void everyQuarterWithAMilestonePasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void quarterWithoutMilestoneWarns() {
        PlanDocument plan = Plans.edit().workstream(1, w -> withQuarters(w, new Quarters(w.quarters().q2(),
                new Quarter(null, "40 settings"), w.quarters().q4()))).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("DELIVERY-QUARTER-MILESTONE");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("$.deliveryPlan[1].quarters.Q3");
            assertThat(finding.message()).isEqualTo("Workstream 2 (Local specialist places) has no milestone for Q3");
        });
    }

    @Test
    void trajectoryAloneIsNotAMilestoneAndMissingQuartersCount() {
        PlanDocument plan = Plans.edit().workstream(0, w -> withQuarters(w, null)).build();

        assertThat(check(plan)).extracting(Finding::path).containsExactly("$.deliveryPlan[0].quarters.Q2",
                "$.deliveryPlan[0].quarters.Q3", "$.deliveryPlan[0].quarters.Q4");
    }

    private static Workstream withQuarters(Workstream w, Quarters quarters) {
        return new Workstream(w.name(), w.buildingBlock(), w.outcome(), w.successMeasure(), w.lead(), quarters);
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
