package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.Rag;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.plan.document.RiskMatrix;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * RISK-RAG-MATRIX (Annex C): a risk's RAG is the matrix's for its impact and likelihood, unless a
 * reason for overriding it is recorded. A missing RAG always fails: an override must name the RAG
 * it chooses. A risk without impact or likelihood has no matrix RAG; RISK-COMPLETE reports it.
 */
final class RiskRagMatrixRule implements Rule {

    static final String ID = "RISK-RAG-MATRIX";

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
            if (risk.impact() == null || risk.likelihood() == null) {
                continue;
            }
            Rag matrix = RiskMatrix.rag(risk.impact(), risk.likelihood());
            if (risk.rag() == matrix || risk.rag() != null && risk.ragOverrideReason() != null) {
                continue;
            }
            String label = Labels.row("risk", i, null);
            String impact = Messages.label("impact", risk.impact());
            String likelihood = Messages.label("likelihood", risk.likelihood());
            String score = String.valueOf(RiskMatrix.score(risk.impact(), risk.likelihood()));
            String path = "$.risks[" + i + "].rag";
            findings.add(risk.rag() == null
                    ? Findings.of(this, path, "validation.RISK-RAG-MATRIX.missing", label,
                            Messages.label("rag", matrix), impact, likelihood, score)
                    : Findings.of(this, path, "validation.RISK-RAG-MATRIX.differs", label,
                            Messages.label("rag", risk.rag()), Messages.label("rag", matrix), impact, likelihood,
                            score));
        }
        return findings;
    }
}
