package org.sendplan.plan;

/** A task-list section's progress. */
public enum SectionStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED
}
