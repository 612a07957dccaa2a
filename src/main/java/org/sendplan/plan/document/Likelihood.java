package org.sendplan.plan.document;

/** Annex C likelihood bands, high to low; {@link #score()} is the matrix axis (5..1). */
public enum Likelihood {
    VERY_LIKELY(5), LIKELY(4), POSSIBLE(3), UNLIKELY(2), VERY_UNLIKELY(1);

    private final int score;

    Likelihood(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }
}
