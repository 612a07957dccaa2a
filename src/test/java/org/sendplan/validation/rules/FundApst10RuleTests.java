package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendplan.plan.document.Discipline.OTHER;
import static org.sendplan.plan.document.Discipline.SALT;
import static org.sendplan.plan.document.EahClass.DIRECT_DELIVERY;
import static org.sendplan.plan.document.EahClass.DIRECT_DELIVERY_APST;
import static org.sendplan.plan.document.EahClass.ENABLING;
import static org.sendplan.validation.Plans.eahLine;
import static org.sendplan.validation.Plans.funding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class FundApst10RuleTests {

    final FundApst10Rule rule = new FundApst10Rule();

    @Test
    void completePlanPasses() {
        assertThat(rule.check(Plans.snapshot(Plans.complete()))).isEmpty();
    }

    @Test
    void apstOfExactlyTenPercentOfDirectDeliveryPasses() {
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "900000.00"),
                eahLine(DIRECT_DELIVERY_APST, OTHER, "100000.00")))).isEmpty();
    }

    @Test
    void apstOfOnePennyMoreFails() {
        List<Finding> findings = check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "899999.99"),
                eahLine(DIRECT_DELIVERY_APST, OTHER, "100000.01")));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("FUND-APST-10");
            assertThat(finding.path()).isEqualTo("$.funding.spend");
            assertThat(finding.message()).isEqualTo("The APST model is 10.0% of Experts at Hand direct delivery "
                    + "(£100,000.01 of £1,000,000.00); at most 10% (£100,000.00) is allowed");
        });
    }

    @Test
    void enablingSpendIsNotPartOfDirectDelivery() {
        // 100,000 is under 10% of all EAH spend (1,000,000) but over 10% of direct delivery (950,000).
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "850000.00"),
                eahLine(DIRECT_DELIVERY_APST, OTHER, "100000.00"), eahLine(ENABLING, null, "50000.00"))))
                .singleElement().extracting(Finding::message).asString().contains("10.5%")
                .contains("(£100,000.00 of £950,000.00)").contains("at most 10% (£95,000.00)");
    }

    @Test
    void allowedAmountIsRoundedDownToThePenny() {
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "0.08"), eahLine(DIRECT_DELIVERY_APST, OTHER,
                "0.01")))).singleElement().extracting(Finding::message).asString().contains("at most 10% (£0.00)");
    }

    @Test
    void noApstPasses() {
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY, SALT, "100.00")))).isEmpty();
        assertThat(check(funding(null))).isEmpty();
    }

    @Test
    void allDirectDeliveryThroughApstFails() {
        assertThat(check(funding(null, eahLine(DIRECT_DELIVERY_APST, OTHER, "100.00")))).singleElement()
                .extracting(Finding::message).asString().contains("100.0%");
    }

    private List<Finding> check(Funding funding) {
        return rule.check(Plans.snapshot(Plans.edit().funding(funding).build()));
    }
}
