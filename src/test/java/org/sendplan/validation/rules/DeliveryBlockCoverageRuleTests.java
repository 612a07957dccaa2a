package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;
import org.sendplan.validation.Severity;

class DeliveryBlockCoverageRuleTests {

    final DeliveryBlockCoverageRule rule = new DeliveryBlockCoverageRule();

    @Test
    void everyBlockCoveredPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void uncoveredBlockWarns() {
        PlanDocument plan = Plans.edit().deliveryPlan(list -> {
            list.removeIf(w -> w.buildingBlock() == BuildingBlock.INCLUSIVE_CULTURE);
            return list;
        }).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("DELIVERY-BLOCK-COVERAGE");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("$.deliveryPlan");
            assertThat(finding.message()).isEqualTo(
                    "No workstream of the first-year delivery plan covers the building block encouraging inclusive "
                            + "culture and behaviours");
        });
    }

    @Test
    void twoWorkstreamsMayShareABlock() {
        PlanDocument plan = Plans.edit().deliveryPlan(list -> {
            list.add(Plans.workstream("More inclusion", BuildingBlock.INCLUSION_IN_SETTINGS));
            return list;
        }).build();

        assertThat(check(plan)).isEmpty();
    }

    @Test
    void noWorkstreamsWarnsForEveryBlock() {
        assertThat(check(Plans.edit().deliveryPlan(List.of()).build())).hasSize(4);
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
