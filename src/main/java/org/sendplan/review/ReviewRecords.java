package org.sendplan.review;

import java.time.Instant;
import java.util.List;

import org.sendplan.plan.PlanSection;

/** Reviews and comments as the pages show them. */
public final class ReviewRecords {

    private ReviewRecords() {
    }

    public enum ReviewStatus {
        OPEN, COMPLETED
    }

    /** One review of a plan; the completion fields are null while it is open. */
    public record Review(long id, long planId, String requestedBy, Instant requestedAt, ReviewStatus status,
            String completedBy, Instant completedAt, String summary) {

        public boolean open() {
            return status == ReviewStatus.OPEN;
        }
    }

    /** One comment or reply, with its author's name. */
    public record Comment(long id, Long parentId, PlanSection section, String author, boolean departmentAuthor,
            String body, boolean significantGap, Instant createdAt, Instant resolvedAt, String resolvedBy) {
    }

    /** A comment with its replies, oldest first; resolved as a whole. */
    public record CommentThread(Comment comment, List<Comment> replies) {

        public boolean resolved() {
            return comment.resolvedAt() != null;
        }

        public long id() {
            return comment.id();
        }
    }

    /** A section's comment threads. */
    public record SectionThreads(PlanSection section, List<CommentThread> threads) {

        public long openCount() {
            return threads.stream().filter(thread -> !thread.resolved()).count();
        }
    }
}
