package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class DeliveryWorkstreamsRuleTests {

    final DeliveryWorkstreamsRule rule = new DeliveryWorkstreamsRule();

    @Test
    void completeWorkstreamsPass() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void noWorkstreamFails() {
        assertThat(check(Plans.edit().deliveryPlan(List.of()).build())).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("DELIVERY-WORKSTREAMS");
            assertThat(finding.path()).isEqualTo("$.deliveryPlan");
        });
    }

    @Test
    void workstreamWithoutLeadFails() {
        PlanDocument plan = Plans.edit().workstream(2, w -> new Workstream(w.name(), w.buildingBlock(), w.outcome(),
                w.successMeasure(), null, w.quarters())).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.deliveryPlan[2].lead");
            assertThat(finding.message())
                    .isEqualTo("Workstream 3 (Partnership board and co-production) has no responsible lead");
        });
    }

    @Test
    void emptyWorkstreamReportsEveryMissingField() {
        PlanDocument plan = Plans.edit().workstream(0, w -> new Workstream(null, null, null, null, null, null))
                .build();

        assertThat(check(plan)).extracting(Finding::path).containsExactly("$.deliveryPlan[0].name",
                "$.deliveryPlan[0].buildingBlock", "$.deliveryPlan[0].outcome", "$.deliveryPlan[0].successMeasure",
                "$.deliveryPlan[0].lead");
        assertThat(check(plan).get(0).message()).isEqualTo("Workstream 1 has no name");
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
