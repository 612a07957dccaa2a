package org.sendplan.review;

import org.sendplan.plan.PlanSection;

/** What happens in a Department review, as past-tense events: audit and e-mail listen to them. */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /** The SRO asked for a review: the plan is in review and this content is the reviewed version. */
    public record ReviewRequested(long planId, long partnershipId, long reviewId, long actorUserId,
            String actorEmail) {
    }

    /** A comment, or a reply to one ({@code parentId} not null), on a section of the plan. */
    public record ReviewCommentAdded(long planId, long partnershipId, long reviewId, long commentId, Long parentId,
            PlanSection section, boolean significantGap, long actorUserId, String actorEmail, String authorName,
            String body) {

        public boolean reply() {
            return parentId != null;
        }
    }

    /** A partnership editor marked a comment thread resolved. */
    public record ReviewCommentResolved(long planId, long partnershipId, long reviewId, long commentId,
            PlanSection section, long actorUserId, String actorEmail) {
    }

    /** The adviser completed the review: the plan is a draft again. {@code summary} may be null. */
    public record ReviewCompleted(long planId, long partnershipId, long reviewId, long actorUserId,
            String actorEmail, String summary, long openComments) {
    }
}
