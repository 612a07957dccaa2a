package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;
import org.sendplan.validation.Severity;

class SaltAdvancedPractitionerRuleTests {

    final SaltAdvancedPractitionerRule rule = new SaltAdvancedPractitionerRule();

    @Test
    void nationallyFundedPractitionerPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void practitionerFromAnySourcePasses() {
        assertThat(check(Plans.edit().spend(List.of(Plans.eahLine(EahClass.DIRECT_DELIVERY,
                Discipline.SALT_ADVANCED_PRACTITIONER, "1.00"))).build())).isEmpty();
    }

    @Test
    void noPractitionerWarns() {
        PlanDocument plan = Plans.edit().spend(List.of(Plans.otherLine(FundingSource.OTHER, Discipline.SALT, "1.00")))
                .build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("SALT-ADVANCED-PRACTITIONER");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("$.funding.spend");
        });
    }

    @Test
    void noSpendWarns() {
        assertThat(check(Plans.edit().spend(List.of()).build())).hasSize(1);
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
