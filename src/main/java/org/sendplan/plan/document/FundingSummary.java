package org.sendplan.plan.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.sendplan.plan.Money;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.SpendLine;

/**
 * The Experts at Hand funding figures a partnership and the Department look at: total EAH spend
 * against the allocation, the direct-delivery share (at least 90%) and the APST share of direct
 * delivery (at most 10%). Sums are exact decimals in pence; shares are compared without division
 * (a value exactly at a limit passes) and only rounded, half up to one decimal place, for display.
 */
public record FundingSummary(BigDecimal allocation, BigDecimal totalEahSpend, BigDecimal directDelivery,
        BigDecimal apst) {

    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static FundingSummary of(Funding funding) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal direct = BigDecimal.ZERO;
        BigDecimal apst = BigDecimal.ZERO;
        for (SpendLine line : funding.spend()) {
            if (line.fundingSource() != FundingSource.EAH) {
                continue;
            }
            BigDecimal amount = amount(line.q2()).add(amount(line.q3())).add(amount(line.q4()));
            total = total.add(amount);
            if (line.eahClass() != null && line.eahClass().isDirectDelivery()) {
                direct = direct.add(amount);
            }
            if (line.eahClass() == EahClass.DIRECT_DELIVERY_APST) {
                apst = apst.add(amount);
            }
        }
        return new FundingSummary(funding.eahAllocation() == null ? null : funding.eahAllocation().amount(), total,
                direct, apst);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }

    public boolean hasAllocation() {
        return allocation != null;
    }

    /** Total EAH spend does not exceed the allocation. */
    public boolean withinAllocation() {
        return allocation != null ? totalEahSpend.compareTo(allocation) <= 0 : totalEahSpend.signum() == 0;
    }

    /** Direct delivery is at least 90% of EAH spend: direct x 10 >= total x 9. */
    public boolean directDeliveryPasses() {
        return directDelivery.multiply(TEN).compareTo(totalEahSpend.multiply(NINE)) >= 0;
    }

    /** APST is at most 10% of direct delivery: apst x 10 <= direct. */
    public boolean apstPasses() {
        return apst.multiply(TEN).compareTo(directDelivery) <= 0;
    }

    /** e.g. {@code 84.2%}; {@code null} when there is no EAH spend to share. */
    public String directDeliveryShare() {
        return percent(directDelivery, totalEahSpend);
    }

    public String apstShare() {
        return percent(apst, directDelivery);
    }

    public String allocationText() {
        return allocation == null ? null : pounds(allocation);
    }

    public String totalEahSpendText() {
        return pounds(totalEahSpend);
    }

    public String directDeliveryText() {
        return pounds(directDelivery);
    }

    public String apstText() {
        return pounds(apst);
    }

    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String pounds(BigDecimal amount) {
        return new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }
}
