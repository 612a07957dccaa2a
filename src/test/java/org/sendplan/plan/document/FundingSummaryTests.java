package org.sendplan.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.SpendLine;

class FundingSummaryTests {

    static SpendLine line(FundingSource source, EahClass eahClass, String q2) {
        return new SpendLine(SpendCategory.WORKFORCE_RECRUITMENT, "line", source, eahClass, Discipline.SALT,
                Money.parse(q2), null, null);
    }

    @Test
    void directDeliveryExactlyNinetyPercentPassesAndOnePennyLessFails() {
        FundingSummary exactly = FundingSummary.of(new Funding(Money.parse("1000.00"), List.of(
                line(FundingSource.EAH, EahClass.DIRECT_DELIVERY, "900.00"),
                line(FundingSource.EAH, EahClass.ENABLING, "100.00")), List.of()));
        assertThat(exactly.directDeliveryPasses()).isTrue();
        assertThat(exactly.directDeliveryShare()).isEqualTo("90.0%");

        FundingSummary pennyLess = FundingSummary.of(new Funding(Money.parse("1000.00"), List.of(
                line(FundingSource.EAH, EahClass.DIRECT_DELIVERY, "899.99"),
                line(FundingSource.EAH, EahClass.ENABLING, "100.01")), List.of()));
        assertThat(pennyLess.directDeliveryPasses()).isFalse();
        assertThat(pennyLess.directDeliveryShare()).isEqualTo("90.0%");
    }

    @Test
    void apstExactlyTenPercentOfDirectDeliveryPassesAndOnePennyMoreFails() {
        FundingSummary exactly = FundingSummary.of(new Funding(null, List.of(
                line(FundingSource.EAH, EahClass.DIRECT_DELIVERY, "900.00"),
                line(FundingSource.EAH, EahClass.DIRECT_DELIVERY_APST, "100.00")), List.of()));
        assertThat(exactly.apstPasses()).isTrue();
        FundingSummary pennyMore = FundingSummary.of(new Funding(null, List.of(
                line(FundingSource.EAH, EahClass.DIRECT_DELIVERY, "899.99"),
                line(FundingSource.EAH, EahClass.DIRECT_DELIVERY_APST, "100.01")), List.of()));
        assertThat(pennyMore.apstPasses()).isFalse();
    }

    @Test
    void onlyExpertsAtHandLinesCountAndSumsAreExact() {
        FundingSummary summary = FundingSummary.of(new Funding(Money.parse("0.30"), List.of(
                line(FundingSource.EAH, EahClass.DIRECT_DELIVERY, "0.10"),
                line(FundingSource.EAH, EahClass.DIRECT_DELIVERY, "0.20"),
                line(FundingSource.LOCAL, null, "999.99")), List.of()));
        assertThat(summary.totalEahSpendText()).isEqualTo("£0.30");
        assertThat(summary.withinAllocation()).isTrue();
        assertThat(summary.directDeliveryShare()).isEqualTo("100.0%");
    }

    @Test
    void noSpendHasNoShares() {
        FundingSummary summary = FundingSummary.of(new Funding(null, List.of(), List.of()));
        assertThat(summary.directDeliveryShare()).isNull();
        assertThat(summary.directDeliveryPasses()).isTrue();
    }
}
