package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * FUND-ELIGIBLE-WORKFORCE: EAH direct delivery pays only for the eligible professions; a discipline
 * of {@code OTHER} is allowed only within an APST model ({@code DIRECT_DELIVERY_APST}).
 */
final class FundEligibleWorkforceRule implements Rule {

    static final String ID = "FUND-ELIGIBLE-WORKFORCE";

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
        List<SpendLine> spend = plan.document().funding().spend();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < spend.size(); i++) {
            SpendLine line = spend.get(i);
            if (line.fundingSource() == FundingSource.EAH && line.eahClass() == EahClass.DIRECT_DELIVERY
                    && line.discipline() == Discipline.OTHER) {
                findings.add(Findings.of(this, "$.funding.spend[" + i + "].discipline",
                        "validation.FUND-ELIGIBLE-WORKFORCE", Labels.row("spendLine", i, line.description())));
            }
        }
        return findings;
    }
}
