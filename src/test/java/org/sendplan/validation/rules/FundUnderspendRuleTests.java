package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendplan.plan.document.Discipline.SALT;
import static org.sendplan.plan.document.EahClass.DIRECT_DELIVERY;
import static org.sendplan.validation.Plans.eahLine;
import static org.sendplan.validation.Plans.funding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;
import org.sendplan.validation.Severity;

class FundUnderspendRuleTests {

    final FundUnderspendRule rule = new FundUnderspendRule();

    @Test
    void spendingExactlyTheAllocationPasses() {
        assertThat(check(funding("1000.00", eahLine(DIRECT_DELIVERY, SALT, "1000.00")))).isEmpty();
    }

    @Test
    void onePennyUnderWarns() {
        assertThat(check(funding("1000.00", eahLine(DIRECT_DELIVERY, SALT, "999.99")))).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.rule()).isEqualTo("FUND-UNDERSPEND");
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(finding.path()).isEqualTo("$.funding.eahAllocation");
                    assertThat(finding.message()).isEqualTo(
                            "Experts at Hand spend is £999.99, which is £0.01 less than the allocation of £1,000.00");
                });
    }

    @Test
    void noSpendAgainstAnAllocationWarns() {
        assertThat(check(funding("2400000.00"))).singleElement().extracting(Finding::message).isEqualTo(
                "Experts at Hand spend is £0.00, which is £2,400,000.00 less than the allocation of £2,400,000.00");
    }

    @Test
    void overspendIsNotUnderspend() {
        assertThat(check(funding("1000.00", eahLine(DIRECT_DELIVERY, SALT, "1000.01")))).isEmpty();
    }

    @Test
    void noAllocationIsNotCompared() {
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "1.00")))).isEmpty();
    }

    private List<Finding> check(Funding funding) {
        return rule.check(Plans.snapshot(Plans.edit().funding(funding).build()));
    }
}
