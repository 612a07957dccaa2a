package org.sendplan.validation.rules;

import java.math.BigDecimal;
import java.util.List;

import org.sendplan.plan.Money;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * FUND-WITHIN-ALLOCATION: total EAH spend (Q2-Q4) is no more than the EAH allocation; spending
 * exactly the allocation passes. EAH spend with no allocation given fails too: it cannot be checked.
 */
final class FundWithinAllocationRule implements Rule {

    static final String ID = "FUND-WITHIN-ALLOCATION";

    private static final String PATH = "$.funding.eahAllocation";

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
        Funding funding = plan.document().funding();
        BigDecimal total = EahSpend.of(funding).total();
        Money allocation = funding.eahAllocation();
        if (allocation == null) {
            return total.signum() > 0
                    ? List.of(Findings.of(this, PATH, "validation.FUND-WITHIN-ALLOCATION.noAllocation",
                            Figures.money(total)))
                    : List.of();
        }
        if (total.compareTo(allocation.amount()) <= 0) {
            return List.of();
        }
        return List.of(Findings.of(this, PATH, "validation.FUND-WITHIN-ALLOCATION.over", Figures.money(total),
                Figures.money(total.subtract(allocation.amount())), Figures.money(allocation.amount())));
    }
}
