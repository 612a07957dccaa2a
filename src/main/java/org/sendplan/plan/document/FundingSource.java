package org.sendplan.plan.document;

/** The funding a spend line is paid from; {@code EAH} is Experts at Hand. */
public enum FundingSource {
    EAH, TRANSFORMATION, HIGH_NEEDS_CAPITAL, BEST_START_FAMILY_HUBS, INCLUSIVE_EARLY_YEARS, BLOCK_TRANSFER, LOCAL, OTHER
}
