package org.sendplan.validation.rules;

import java.util.List;

import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** GOVERNANCE-SRO: the governance table shows where the SRO sits (some row includes the SRO). */
final class GovernanceSroRule implements Rule {

    static final String ID = "GOVERNANCE-SRO";

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
        return plan.document().governance().stream().anyMatch(GovernanceRow::includesSro) ? List.of()
                : List.of(Findings.of(this, "$.governance", "validation.GOVERNANCE-SRO"));
    }
}
