package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class GovernanceSroRuleTests {

    final GovernanceSroRule rule = new GovernanceSroRule();

    @Test
    void rowIncludingTheSroPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void oneRowIncludingTheSroIsEnough() {
        assertThat(check(Plans.edit().governance(List.of(Plans.group("Board", false, Plans.chair(OrganisationType.LA)),
                Plans.group("Delivery group", true, Plans.chair(OrganisationType.LA)))).build())).isEmpty();
    }

    @Test
    void noRowIncludingTheSroFails() {
        PlanDocument plan = Plans.edit()
                .governance(List.of(Plans.group("Board", false, Plans.chair(OrganisationType.LA))))
                .build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("GOVERNANCE-SRO");
            assertThat(finding.path()).isEqualTo("$.governance");
            assertThat(finding.message())
                    .isEqualTo("The governance table does not show where the senior responsible owner (SRO) sits");
        });
    }

    @Test
    void noGovernanceFails() {
        assertThat(check(Plans.edit().governance(List.of()).build())).hasSize(1);
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
