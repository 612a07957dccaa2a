package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendplan.plan.document.Discipline.SALT;
import static org.sendplan.plan.document.EahClass.DIRECT_DELIVERY;
import static org.sendplan.plan.document.EahClass.DIRECT_DELIVERY_APST;
import static org.sendplan.plan.document.EahClass.ENABLING;
import static org.sendplan.validation.Plans.eahLine;
import static org.sendplan.validation.Plans.funding;
import static org.sendplan.validation.Plans.otherLine;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;
import org.sendplan.validation.Severity;

class FundDirect90RuleTests {

    final FundDirect90Rule rule = new FundDirect90Rule();

    @Test
    void completePlanPasses() {
        assertThat(rule.check(Plans.snapshot(Plans.complete()))).isEmpty();
    }

    @Test
    void exactlyNinetyPercentPasses() {
        assertThat(check(funding("2400000.00", eahLine(DIRECT_DELIVERY, SALT, "2160000.00"),
                eahLine(ENABLING, null, "240000.00")))).isEmpty();
    }

    @Test
    void onePennyBelowNinetyPercentFails() {
        List<Finding> findings = check(funding("2400000.00", eahLine(DIRECT_DELIVERY, SALT, "2159999.99"),
                eahLine(ENABLING, null, "240000.01")));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("FUND-DIRECT-90");
            assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(finding.path()).isEqualTo("$.funding.spend");
            assertThat(finding.message()).isEqualTo("Direct delivery is 90.0% of Experts at Hand spend "
                    + "(£2,159,999.99 of £2,400,000.00); at least 90% (£2,160,000.00) is required");
        });
    }

    @Test
    void namesThePercentageAndFigures() {
        List<Finding> findings = check(funding("2400000.00", eahLine(DIRECT_DELIVERY, SALT, "2021000.00"),
                eahLine(ENABLING, null, "379000.00")));

        assertThat(findings).singleElement().extracting(Finding::message).isEqualTo("Direct delivery is 84.2% of "
                + "Experts at Hand spend (£2,021,000.00 of £2,400,000.00); at least 90% (£2,160,000.00) is required");
    }

    @Test
    void requiredAmountIsRoundedUpToThePenny() {
        // 90% of £0.05 is 4.5p: only 5p of direct delivery passes.
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "0.04"), eahLine(ENABLING, null, "0.01"))))
                .singleElement().extracting(Finding::message).asString()
                .contains("(£0.04 of £0.05)").contains("at least 90% (£0.05)");
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "0.05")))).isEmpty();
    }

    @Test
    void apstCountsAsDirectDelivery() {
        assertThat(check(funding("1000.00", eahLine(DIRECT_DELIVERY, SALT, "850.00"),
                eahLine(DIRECT_DELIVERY_APST, Discipline.OTHER, "50.00"), eahLine(ENABLING, null, "100.00"))))
                .isEmpty();
    }

    @Test
    void spendFromOtherSourcesDoesNotCount() {
        assertThat(check(funding("1000.00", eahLine(DIRECT_DELIVERY, SALT, "900.00"),
                eahLine(ENABLING, null, "100.00"), otherLine(FundingSource.TRANSFORMATION, null, "5000.00"))))
                .isEmpty();
    }

    @Test
    void amountsOfAllThreeQuartersCountAndMissingOnesAreNothing() {
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "300.00", null, "600.00"),
                eahLine(ENABLING, null, null, "50.00", "50.00")))).isEmpty();
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "300.00", null, "599.99"),
                eahLine(ENABLING, null, null, "50.00", "50.00")))).hasSize(1);
    }

    @Test
    void eahLineWithoutClassCountsInTheTotalOnly() {
        SpendLine unclassified = eahLine(null, SALT, "100.01");

        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "900.00"), unclassified))).hasSize(1);
    }

    @Test
    void noEahSpendIsNotCompared() {
        assertThat(check(funding("2400000.00"))).isEmpty();
        assertThat(check(funding("2400000.00", otherLine(FundingSource.LOCAL, null, "100.00")))).isEmpty();
        assertThat(check(funding(null, eahLine(ENABLING, null, "0.00")))).isEmpty();
    }

    @Test
    void allEnablingFails() {
        assertThat(check(funding(null, eahLine(ENABLING, null, "100.00")))).singleElement()
                .extracting(Finding::message).asString().startsWith("Direct delivery is 0.0% of Experts at Hand spend");
    }

    private List<Finding> check(Funding funding) {
        return rule.check(Plans.snapshot(Plans.edit().funding(funding).build()));
    }
}
