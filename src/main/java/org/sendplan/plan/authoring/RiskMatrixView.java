package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.RiskMatrix;
import org.sendplan.plan.document.Impact;
import org.sendplan.plan.document.Likelihood;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.Rag;
import org.springframework.stereotype.Component;

/**
 * The Annex C matrix as drawn on the risk page and in the answers: impact down the side (crisis
 * first), likelihood across the top (very unlikely first), each cell with its RAG and the plan's
 * risks that sit in it. Templates reach it as {@code @riskMatrixView}.
 */
@Component("riskMatrixView")
public class RiskMatrixView {

    /** Columns run from the least to the most likely, as risk matrices are usually drawn. */
    static final List<Likelihood> COLUMNS = List.of(Likelihood.VERY_UNLIKELY, Likelihood.UNLIKELY,
            Likelihood.POSSIBLE, Likelihood.LIKELY, Likelihood.VERY_LIKELY);

    RiskMatrixView() {
    }

    /** One row of the matrix: an impact level and its five cells. */
    public record Row(Impact impact, List<Cell> cells) {
    }

    /** A cell: its RAG and the numbers (from 1, as on the page) of the risks in it. */
    public record Cell(Impact impact, Likelihood likelihood, Rag rag, List<Integer> riskNumbers) {
    }

    /** The matrix RAG, or null while the impact or the likelihood is not chosen. */
    public Rag rag(Impact impact, Likelihood likelihood) {
        return impact == null || likelihood == null ? null : RiskMatrix.rag(impact, likelihood);
    }

    /** The likelihood bands in column order. */
    public List<Likelihood> columns() {
        return COLUMNS;
    }

    public List<Row> rows(List<Risk> risks) {
        List<Row> rows = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            List<Cell> cells = new ArrayList<>();
            for (Likelihood likelihood : COLUMNS) {
                List<Integer> numbers = new ArrayList<>();
                for (int i = 0; i < risks.size(); i++) {
                    Risk risk = risks.get(i);
                    if (risk.impact() == impact && risk.likelihood() == likelihood) {
                        numbers.add(i + 1);
                    }
                }
                cells.add(new Cell(impact, likelihood, RiskMatrix.rag(impact, likelihood), List.copyOf(numbers)));
            }
            rows.add(new Row(impact, List.copyOf(cells)));
        }
        return List.copyOf(rows);
    }
}
