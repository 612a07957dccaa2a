package org.sendplan.validation.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * FUND-APST-10: EAH spend on an APST model is at most 10% of EAH direct delivery (which includes
 * it), compared exactly as {@code apst x 10 <= direct}: exactly 10% passes, a penny more fails.
 */
final class FundApst10Rule implements Rule {

    static final String ID = "FUND-APST-10";

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
        if (spend.apst().multiply(BigDecimal.TEN).compareTo(spend.direct()) <= 0) {
            return List.of();
        }
        // The most APST spend that passes, to the penny: 10% of direct delivery, rounded down.
        BigDecimal allowed = Figures.share(spend.direct(), 1, 10, RoundingMode.FLOOR);
        return List.of(Findings.of(this, "$.funding.spend", "validation.FUND-APST-10",
                Figures.percent(spend.apst(), spend.direct()), Figures.money(spend.apst()),
                Figures.money(spend.direct()), Figures.money(allowed)));
    }
}
