package org.sendplan.plan.document;

/** Annex C impact levels, high to low; {@link #score()} is the matrix axis (5..1). */
public enum Impact {
    CRISIS(5), CRITICAL(4), MODERATE(3), MARGINAL(2), NEGLIGIBLE(1);

    private final int score;

    Impact(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }
}
