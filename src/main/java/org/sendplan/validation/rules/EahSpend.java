package org.sendplan.validation.rules;

import java.math.BigDecimal;

import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.SpendLine;

/**
 * Experts at Hand spend over Q2-Q4, summed exactly (a missing amount is nothing). {@code direct}
 * includes the APST model, which is part of direct delivery; an EAH line with no class counts in
 * the total only (SPEND-LINE-VALID reports it).
 */
record EahSpend(BigDecimal total, BigDecimal direct, BigDecimal apst) {

    static EahSpend of(Funding funding) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal direct = BigDecimal.ZERO;
        BigDecimal apst = BigDecimal.ZERO;
        for (SpendLine line : funding.spend()) {
            if (line.fundingSource() != FundingSource.EAH) {
                continue;
            }
            BigDecimal amount = lineTotal(line);
            total = total.add(amount);
            if (line.eahClass() != null && line.eahClass().isDirectDelivery()) {
                direct = direct.add(amount);
            }
            if (line.eahClass() == EahClass.DIRECT_DELIVERY_APST) {
                apst = apst.add(amount);
            }
        }
        return new EahSpend(total, direct, apst);
    }

    static BigDecimal lineTotal(SpendLine line) {
        return Figures.amount(line.q2()).add(Figures.amount(line.q3())).add(Figures.amount(line.q4()));
    }
}
