package org.sendplan.plan.authoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sendplan.plan.Money;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.SpendLine;

/**
 * The Annex A Q6 spend totals the pages show: per line, per quarter, per funding source, and Experts at
 * Hand spend against its allocation. Each amount is a {@link Money}; the sums are exact
 * {@link BigDecimal}s rather than {@code Money} because many valid amounts together may pass
 * {@link Money#MAX}. A missing amount counts as nothing, as the funding rules count it.
 */
public record SpendTotals(List<Line> lines, Amounts total, List<BySource> bySource, BigDecimal eahAllocation,
        BigDecimal eahSpend) {

    /** The amounts of a line, a source or the whole plan for Q2, Q3 and Q4 of the plan year. */
    public record Amounts(BigDecimal q2, BigDecimal q3, BigDecimal q4) {

        static final Amounts NONE = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        static Amounts of(SpendLine line) {
            return new Amounts(amount(line.q2()), amount(line.q3()), amount(line.q4()));
        }

        Amounts plus(Amounts other) {
            return new Amounts(q2.add(other.q2), q3.add(other.q3), q4.add(other.q4));
        }

        public BigDecimal sum() {
            return q2.add(q3).add(q4);
        }

        public String q2Text() {
            return display(q2);
        }

        public String q3Text() {
            return display(q3);
        }

        public String q4Text() {
            return display(q4);
        }

        public String sumText() {
            return display(sum());
        }
    }

    /** Spend line {@code number} (from 1, as the page numbers it). */
    public record Line(int number, SpendLine line, Amounts amounts) {
    }

    /** {@code source} is null for lines whose funding source is not chosen yet. */
    public record BySource(FundingSource source, Amounts amounts) {
    }

    public static SpendTotals of(Funding funding) {
        List<Line> lines = new ArrayList<>();
        Amounts total = Amounts.NONE;
        Map<FundingSource, Amounts> sources = new EnumMap<>(FundingSource.class);
        Amounts unassigned = null;
        BigDecimal eahSpend = BigDecimal.ZERO;
        List<SpendLine> spend = funding.spend();
        for (int i = 0; i < spend.size(); i++) {
            SpendLine line = spend.get(i);
            Amounts amounts = Amounts.of(line);
            lines.add(new Line(i + 1, line, amounts));
            total = total.plus(amounts);
            if (line.fundingSource() == null) {
                unassigned = unassigned == null ? amounts : unassigned.plus(amounts);
            }
            else {
                sources.merge(line.fundingSource(), amounts, Amounts::plus);
            }
            if (line.fundingSource() == FundingSource.EAH) {
                eahSpend = eahSpend.add(amounts.sum());
            }
        }
        List<BySource> bySource = new ArrayList<>();
        sources.forEach((source, amounts) -> bySource.add(new BySource(source, amounts)));
        if (unassigned != null) {
            bySource.add(new BySource(null, unassigned));
        }
        BigDecimal allocation = funding.eahAllocation() == null ? null : funding.eahAllocation().amount();
        return new SpendTotals(List.copyOf(lines), total, List.copyOf(bySource), allocation, eahSpend);
    }

    /** Allocation less Experts at Hand spend: positive when some is left, negative when overspent; null without an allocation. */
    public BigDecimal eahRemaining() {
        return eahAllocation == null ? null : eahAllocation.subtract(eahSpend);
    }

    /** True when Experts at Hand spend is more than the allocation. */
    public boolean eahOverAllocation() {
        return eahAllocation != null && eahAllocation.compareTo(eahSpend) < 0;
    }

    /** How far spend is from the allocation, either way; null without an allocation. */
    public String eahDifferenceText() {
        return eahAllocation == null ? null : display(eahAllocation.subtract(eahSpend).abs());
    }

    public String eahAllocationText() {
        return eahAllocation == null ? null : display(eahAllocation);
    }

    public String eahSpendText() {
        return display(eahSpend);
    }

    /** {@code £1,234.56}, as {@link Money#display()} writes it, for any exact sum. */
    public static String display(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** {@code display} of an amount that may be missing. */
    public static String display(Money money) {
        return money == null ? null : money.display();
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }
}
