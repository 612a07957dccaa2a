package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.Rag;

/**
 * What the Annex A Q10 page posts, all as text so that whatever was typed can be shown again.
 * Inputs are named {@code risks[0].impact} and so on; their ids follow {@link org.sendplan.plan.PlanLinks#fieldId}.
 */
class RisksForm {

    /** The value of the "Use the matrix rating" choice among the override radios. */
    static final String MATRIX = "MATRIX";

    private List<RiskRow> risks = new ArrayList<>();

    public List<RiskRow> getRisks() {
        return risks;
    }

    public void setRisks(List<RiskRow> risks) {
        this.risks = risks == null ? new ArrayList<>() : risks;
    }

    /** The stored risks as the form shows them; an override is shown only where one was recorded. */
    static RisksForm from(List<Risk> stored, RiskMatrixView matrix) {
        RisksForm form = new RisksForm();
        for (Risk risk : stored) {
            RiskRow row = new RiskRow();
            row.setDescription(risk.description());
            row.setImpact(name(risk.impact()));
            row.setLikelihood(name(risk.likelihood()));
            Rag matrixRag = matrix.rag(risk.impact(), risk.likelihood());
            boolean overridden = risk.rag() != null
                    && (matrixRag == null || risk.rag() != matrixRag || risk.ragOverrideReason() != null);
            row.setRag(overridden ? risk.rag().name() : MATRIX);
            row.setRagOverrideReason(risk.ragOverrideReason());
            row.setMitigation(risk.mitigation());
            row.setResidualRag(name(risk.residualRag()));
            form.risks.add(row);
        }
        return form;
    }

    /** Rows missing from the request (a gap in the numbering) are dropped. */
    void dropMissingRows() {
        risks.removeIf(Objects::isNull);
    }

    /** Rows left completely empty are not risks and are not stored. */
    void dropBlankRows() {
        risks.removeIf(RiskRow::isBlank);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** One risk as typed. {@code rag} is RED, AMBER, GREEN (an override) or {@value RisksForm#MATRIX}. */
    static class RiskRow {

        private String description;
        private String impact;
        private String likelihood;
        private String rag = MATRIX;
        private String ragOverrideReason;
        private String mitigation;
        private String residualRag;

        boolean isBlank() {
            return TypedValues.isBlank(description) && TypedValues.isBlank(impact)
                    && TypedValues.isBlank(likelihood) && (TypedValues.isBlank(rag) || MATRIX.equals(rag))
                    && TypedValues.isBlank(ragOverrideReason) && TypedValues.isBlank(mitigation)
                    && TypedValues.isBlank(residualRag);
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getImpact() {
            return impact;
        }

        public void setImpact(String impact) {
            this.impact = impact;
        }

        public String getLikelihood() {
            return likelihood;
        }

        public void setLikelihood(String likelihood) {
            this.likelihood = likelihood;
        }

        public String getRag() {
            return rag;
        }

        public void setRag(String rag) {
            this.rag = rag;
        }

        public String getRagOverrideReason() {
            return ragOverrideReason;
        }

        public void setRagOverrideReason(String ragOverrideReason) {
            this.ragOverrideReason = ragOverrideReason;
        }

        public String getMitigation() {
            return mitigation;
        }

        public void setMitigation(String mitigation) {
            this.mitigation = mitigation;
        }

        public String getResidualRag() {
            return residualRag;
        }

        public void setResidualRag(String residualRag) {
            this.residualRag = residualRag;
        }
    }
}
