package org.sendplan.validation.rules;

import java.util.List;

import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** RISK-COUNT (Annex A Q10): one to five risks. Too many points at the first risk over the limit. */
final class RiskCountRule implements Rule {

    static final String ID = "RISK-COUNT";

    static final int MAX_RISKS = 5;

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
        int risks = plan.document().risks().size();
        if (risks == 0) {
            return List.of(Findings.of(this, "$.risks", "validation.RISK-COUNT.none"));
        }
        if (risks > MAX_RISKS) {
            return List.of(Findings.of(this, "$.risks[" + MAX_RISKS + "]", "validation.RISK-COUNT.tooMany", risks,
                    MAX_RISKS));
        }
        return List.of();
    }
}
