package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * RISK-COMPLETE (Annex A Q10): each risk has a description, impact, likelihood, mitigation and
 * residual RAG. One finding per missing field. The RAG itself is RISK-RAG-MATRIX's concern.
 */
final class RiskCompleteRule implements Rule {

    static final String ID = "RISK-COMPLETE";

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
        List<Risk> risks = plan.document().risks();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = risks.get(i);
            missing(findings, i, "description", risk.description());
            missing(findings, i, "impact", risk.impact());
            missing(findings, i, "likelihood", risk.likelihood());
            missing(findings, i, "mitigation", risk.mitigation());
            missing(findings, i, "residualRag", risk.residualRag());
        }
        return findings;
    }

    private void missing(List<Finding> findings, int index, String field, Object value) {
        if (value == null) {
            findings.add(Findings.of(this, "$.risks[" + index + "]." + field, "validation.RISK-COMPLETE." + field,
                    Labels.row("risk", index, null)));
        }
    }
}
