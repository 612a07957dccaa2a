package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.SpendCategory;

class SpendTotalsTests {

    static SpendLine line(FundingSource source, String q2, String q3, String q4) {
        return new SpendLine(SpendCategory.OTHER, null, source, source == FundingSource.EAH ? EahClass.ENABLING : null,
                null, money(q2), money(q3), money(q4));
    }

    static Money money(String text) {
        return text == null ? null : Money.parse(text);
    }

    @Test
    void addsPenniesExactly() {
        SpendTotals totals = SpendTotals.of(new Funding(null,
                List.of(line(FundingSource.EAH, "0.10", "0.20", null)), List.of()));
        assertThat(totals.lines().get(0).amounts().sum()).isEqualTo(new BigDecimal("0.30"));
        assertThat(totals.lines().get(0).amounts().sumText()).isEqualTo("£0.30");
        assertThat(totals.eahSpend()).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void totalsPerQuarterAndPerFundingSourceInEnumOrderWithUnassignedLast() {
        SpendTotals totals = SpendTotals.of(new Funding(Money.parse("1000"), List.of(
                line(FundingSource.LOCAL, "0.10", "0.10", "0.10"),
                line(null, "5", null, null),
                line(FundingSource.EAH, "100", "200", "300.01"),
                line(FundingSource.LOCAL, "0.20", "0.20", "0.20")), List.of()));
        assertThat(totals.total().q2Text()).isEqualTo("£105.30");
        assertThat(totals.total().q3Text()).isEqualTo("£200.30");
        assertThat(totals.total().q4Text()).isEqualTo("£300.31");
        assertThat(totals.total().sumText()).isEqualTo("£605.91");
        assertThat(totals.bySource()).extracting(SpendTotals.BySource::source)
                .containsExactly(FundingSource.EAH, FundingSource.LOCAL, null);
        assertThat(totals.bySource().get(1).amounts().sumText()).isEqualTo("£0.90");
        assertThat(totals.eahSpend()).isEqualTo(new BigDecimal("600.01"));
        assertThat(totals.eahOverAllocation()).isFalse();
        assertThat(totals.eahDifferenceText()).isEqualTo("£399.99");
    }

    @Test
    void overspendingTheAllocationShowsByHowMuch() {
        SpendTotals totals = SpendTotals.of(new Funding(Money.parse("0.29"),
                List.of(line(FundingSource.EAH, "0.10", "0.20", null)), List.of()));
        assertThat(totals.eahOverAllocation()).isTrue();
        assertThat(totals.eahDifferenceText()).isEqualTo("£0.01");
    }

    @Test
    void spendingExactlyTheAllocationLeavesNothing() {
        SpendTotals totals = SpendTotals.of(new Funding(Money.parse("0.30"),
                List.of(line(FundingSource.EAH, "0.10", "0.20", null)), List.of()));
        assertThat(totals.eahOverAllocation()).isFalse();
        assertThat(totals.eahDifferenceText()).isEqualTo("£0.00");
    }

    @Test
    void sumsBeyondTheLargestSingleAmountStayExact() {
        List<SpendLine> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(line(FundingSource.EAH, "1,000,000,000", "1,000,000,000", "999,999,999.99"));
        }
        SpendTotals totals = SpendTotals.of(new Funding(null, lines, List.of()));
        assertThat(totals.total().sum()).isEqualTo(new BigDecimal("179999999999.40"));
        assertThat(totals.total().sumText()).isEqualTo("£179,999,999,999.40");
        assertThat(totals.eahAllocationText()).isNull();
        assertThat(totals.eahDifferenceText()).isNull();
    }

    @Test
    void noSpendGivesZeroTotals() {
        SpendTotals totals = SpendTotals.of(new Funding(null, List.of(), List.of()));
        assertThat(totals.lines()).isEmpty();
        assertThat(totals.bySource()).isEmpty();
        assertThat(totals.total().sumText()).isEqualTo("£0.00");
    }

    @Test
    void planYearsNameTheCalendarYears() {
        assertThat(PlanYears.startYear("2026-27")).isEqualTo("2026");
        assertThat(PlanYears.endYear("2026-27")).isEqualTo("2027");
        assertThat(PlanYears.previous("2026-27")).isEqualTo("2025-26");
        assertThat(PlanYears.previous("2100-01")).isEqualTo("2099-00");
    }
}
