package org.sendplan.plan.document;

/** Whether an Annex A Q14 governance mechanism is a group (a board, a forum) or one person (the SRO). */
public enum GovernanceKind {
    GROUP, INDIVIDUAL
}
