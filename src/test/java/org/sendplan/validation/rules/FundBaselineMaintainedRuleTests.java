package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;
import org.sendplan.validation.Severity;

class FundBaselineMaintainedRuleTests {

    final FundBaselineMaintainedRule rule = new FundBaselineMaintainedRule();

    @Test
    void maintainedOrGrowingBaselinePasses() {
        assertThat(check(baseline("SALT", "900000.00", "900000.00"), baseline("OT", "1.00", "2.00"))).isEmpty();
    }

    @Test
    void onePennyLessWarns() {
        assertThat(check(baseline("SALT", "900000.00", "900000.00"), baseline("EP", "300000.00", "299999.99")))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.rule()).isEqualTo("FUND-BASELINE-MAINTAINED");
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(finding.path()).isEqualTo("$.funding.baselineServiceSpend[1]");
                    assertThat(finding.message()).isEqualTo("Baseline spend on EP falls from £300,000.00 to "
                            + "£299,999.99 (down £0.01); Experts at Hand funding must add capacity, not replace "
                            + "existing spend");
                });
    }

    @Test
    void rowMissingAFigureIsNotCompared() {
        assertThat(check(baseline("SALT", "900000.00", null), baseline("OT", null, "1.00"))).isEmpty();
    }

    @Test
    void fallToZeroWarns() {
        assertThat(check(baseline("OT", "1.00", "0.00"))).hasSize(1);
    }

    private static BaselineSpend baseline(String service, String previousYear, String planYear) {
        return new BaselineSpend(service, previousYear == null ? null : Plans.money(previousYear),
                planYear == null ? null : Plans.money(planYear));
    }

    private List<Finding> check(BaselineSpend... rows) {
        PlanDocument plan = Plans.edit().baseline(List.of(rows)).build();
        return rule.check(Plans.snapshot(plan));
    }
}
