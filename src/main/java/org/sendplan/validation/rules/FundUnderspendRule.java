package org.sendplan.validation.rules;

import java.math.BigDecimal;
import java.util.List;

import org.sendplan.plan.Money;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** FUND-UNDERSPEND (warning): total EAH spend is below the EAH allocation. */
final class FundUnderspendRule implements Rule {

    static final String ID = "FUND-UNDERSPEND";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(PlanSnapshot plan) {
        Funding funding = plan.document().funding();
        Money allocation = funding.eahAllocation();
        if (allocation == null) {
            return List.of();
        }
        BigDecimal total = EahSpend.of(funding).total();
        if (total.compareTo(allocation.amount()) >= 0) {
            return List.of();
        }
        return List.of(Findings.of(this, "$.funding.eahAllocation", "validation.FUND-UNDERSPEND", Figures.money(total),
                Figures.money(allocation.amount().subtract(total)), Figures.money(allocation.amount())));
    }
}
