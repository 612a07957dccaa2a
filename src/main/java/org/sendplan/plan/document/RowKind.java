package org.sendplan.plan.document;

/** The kind of a blueprint (Q2) or roadmap (Q5) row; the last two occur only in the roadmap. */
public enum RowKind {
    BUILDING_BLOCK(true), ENABLER(true), SUCCESS_MEASURE(false), LEADING_INDICATOR(false);

    private final boolean allowedInBlueprint;

    RowKind(boolean allowedInBlueprint) {
        this.allowedInBlueprint = allowedInBlueprint;
    }

    public boolean allowedInBlueprint() {
        return allowedInBlueprint;
    }
}
