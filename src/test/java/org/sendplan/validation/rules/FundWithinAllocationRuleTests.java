package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendplan.plan.document.Discipline.SALT;
import static org.sendplan.plan.document.EahClass.DIRECT_DELIVERY;
import static org.sendplan.validation.Plans.eahLine;
import static org.sendplan.validation.Plans.funding;
import static org.sendplan.validation.Plans.otherLine;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class FundWithinAllocationRuleTests {

    final FundWithinAllocationRule rule = new FundWithinAllocationRule();

    @Test
    void spendingExactlyTheAllocationPasses() {
        assertThat(check(funding("2400000.00", eahLine(DIRECT_DELIVERY, SALT, "800000.00", "800000.00",
                "800000.00")))).isEmpty();
    }

    @Test
    void onePennyOverFails() {
        assertThat(check(funding("2400000.00", eahLine(DIRECT_DELIVERY, SALT, "800000.00", "800000.00",
                "800000.01")))).singleElement().satisfies(finding -> {
                    assertThat(finding.rule()).isEqualTo("FUND-WITHIN-ALLOCATION");
                    assertThat(finding.path()).isEqualTo("$.funding.eahAllocation");
                    assertThat(finding.message()).isEqualTo("Experts at Hand spend is £2,400,000.01, which is £0.01 "
                            + "more than the allocation of £2,400,000.00");
                });
    }

    @Test
    void spendWithoutAnAllocationFails() {
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "10.00")))).singleElement()
                .extracting(Finding::message).isEqualTo(
                        "Experts at Hand spend is £10.00 but no Experts at Hand allocation is given; enter the allocation");
    }

    @Test
    void noSpendAndNoAllocationPasses() {
        assertThat(check(funding(null))).isEmpty();
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "0.00")))).isEmpty();
    }

    @Test
    void otherFundingDoesNotCountAgainstTheAllocation() {
        assertThat(check(funding("100.00", eahLine(DIRECT_DELIVERY, SALT, "100.00"),
                otherLine(FundingSource.HIGH_NEEDS_CAPITAL, null, "999999.00")))).isEmpty();
        assertThat(check(funding(null, otherLine(FundingSource.LOCAL, null, "5.00")))).isEmpty();
    }

    @Test
    void zeroAllocationWithSpendFails() {
        assertThat(check(funding("0.00", eahLine(DIRECT_DELIVERY, SALT, "0.01")))).hasSize(1);
    }

    private List<Finding> check(Funding funding) {
        return rule.check(Plans.snapshot(Plans.edit().funding(funding).build()));
    }
}
