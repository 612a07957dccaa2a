package org.sendplan.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sendplan.review.ReviewEvents.ReviewCommentAdded;
import org.sendplan.review.ReviewEvents.ReviewCommentResolved;
import org.sendplan.review.ReviewEvents.ReviewCompleted;
import org.sendplan.review.ReviewEvents.ReviewRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Every step of a Department review, and every comment, goes into the plan's history in the same transaction. */
@Component
class ReviewAuditListener {

    private final AuditLog auditLog;
    private final JsonMapper json;

    ReviewAuditListener(AuditLog auditLog, JsonMapper json) {
        this.auditLog = auditLog;
        this.json = json;
    }

    @EventListener
    void on(ReviewRequested event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(), "REVIEW_REQUESTED",
                Map.of("reviewId", event.reviewId()));
    }

    @EventListener
    void on(ReviewCommentAdded event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reviewId", event.reviewId());
        detail.put("commentId", event.commentId());
        if (event.reply()) {
            detail.put("replyTo", event.parentId());
        }
        detail.put("section", event.section().name());
        detail.put("significantGap", event.significantGap());
        detail.put("body", event.body());
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(),
                event.reply() ? "REVIEW_REPLY_ADDED" : "REVIEW_COMMENT_ADDED", detail);
    }

    @EventListener
    void on(ReviewCommentResolved event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(),
                "REVIEW_COMMENT_RESOLVED", Map.of("reviewId", event.reviewId(), "commentId", event.commentId(),
                        "section", event.section().name()));
    }

    @EventListener
    void on(ReviewCompleted event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reviewId", event.reviewId());
        detail.put("summary", event.summary());
        detail.put("openComments", event.openComments());
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(), "REVIEW_COMPLETED",
                detail);
    }

    private void record(long actorUserId, String actorEmail, long partnershipId, long planId, String type,
            Map<String, ?> detail) {
        auditLog.record(new AuditLog.Entry(actorUserId, actorEmail, partnershipId, planId, type, null,
                json.writeValueAsString(detail), null, null));
    }
}
