package org.sendplan.plan.document;

/** The free-text answers of Annex A, in document order, each with its word limit. */
public enum NarrativeKey {
    EXEC_SUMMARY(500),
    Q1_VISION(250),
    Q3_STRATEGY(250),
    Q7_DELIVERY_CAPACITY(250),
    Q8A_BLOCK_TRANSFER(250),
    Q8B_CAPITAL(500),
    Q9_ENGAGEMENT(500),
    Q11_DEPENDENCIES(500),
    Q12_MONITORING(500),
    Q15_SUPPORT(250);

    private final int wordLimit;

    NarrativeKey(int wordLimit) {
        this.wordLimit = wordLimit;
    }

    public int wordLimit() {
        return wordLimit;
    }
}
