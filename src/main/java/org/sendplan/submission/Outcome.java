package org.sendplan.submission;

/** The Department's decision on a submitted plan. */
public enum Outcome {
    APPROVED, NOT_APPROVED
}
