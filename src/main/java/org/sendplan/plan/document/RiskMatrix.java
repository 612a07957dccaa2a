package org.sendplan.plan.document;

import java.util.Objects;


/**
 * The product's default Annex C matrix: score = impact (1-5) x likelihood (1-5); 1-4 green, 5-12
 * amber, 15-25 red. The risk page, the drawn matrix and the RISK-RAG-MATRIX rule all use this one
 * computation, so they can never disagree.
 */
public final class RiskMatrix {

    static final int AMBER_FROM = 5;
    static final int RED_FROM = 15;

    private RiskMatrix() {
    }

    public static int score(Impact impact, Likelihood likelihood) {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(likelihood, "likelihood");
        return impact.score() * likelihood.score();
    }

    public static Rag rag(Impact impact, Likelihood likelihood) {
        int score = score(impact, likelihood);
        if (score >= RED_FROM) {
            return Rag.RED;
        }
        return score >= AMBER_FROM ? Rag.AMBER : Rag.GREEN;
    }
}
