package org.sendplan.validation.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * FUND-DIRECT-90: EAH direct delivery (APST included) is at least 90% of total EAH spend, compared
 * exactly as {@code direct x 10 >= total x 9}, so exactly 90% passes and a penny less fails. With no
 * EAH spend there is nothing to compare (FUND-UNDERSPEND says so).
 */
final class FundDirect90Rule implements Rule {

    static final String ID = "FUND-DIRECT-90";

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal NINE = BigDecimal.valueOf(9);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public List<Finding> check(PlanSnapshot plan) {
        EahSpend spend = EahSpend.of(plan.document().funding());
        if (spend.total().signum() == 0 || spend.direct().multiply(TEN).compareTo(spend.total().multiply(NINE)) >= 0) {
            return List.of();
        }
        // The least direct delivery that passes, to the penny: 90% of the total, rounded up.
        BigDecimal required = Figures.share(spend.total(), 9, 10, RoundingMode.CEILING);
        return List.of(Findings.of(this, "$.funding.spend", "validation.FUND-DIRECT-90",
                Figures.percent(spend.direct(), spend.total()), Figures.money(spend.direct()),
                Figures.money(spend.total()), Figures.money(required)));
    }
}
