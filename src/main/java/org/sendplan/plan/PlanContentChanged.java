package org.sendplan.plan;

/**
 * A plan's content changed: through a section page ({@code section} names it) or by replacing the
 * whole document through the API ({@code section} is null). {@code before} and {@code after} are
 * the changed part as {@code sendplan/v1} JSON.
 */
public record PlanContentChanged(long planId, long partnershipId, long actorUserId, String actorEmail,
        PlanSection section, String before, String after) {
}
