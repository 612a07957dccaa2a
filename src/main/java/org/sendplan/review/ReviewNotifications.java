package org.sendplan.review;

import java.util.List;

import org.sendplan.account.MailRecipients;
import org.sendplan.account.ServiceMail;
import org.sendplan.review.ReviewEvents.ReviewCommentAdded;
import org.sendplan.review.ReviewEvents.ReviewCompleted;
import org.sendplan.review.ReviewEvents.ReviewRequested;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail for the Department review: the assigned advisers and the SRO when a review is asked
 * for, the SRO at each new comment or reply by someone else, and the SRO when the review is
 * complete. Mail goes only after the step has been committed.
 */
@Component
class ReviewNotifications {

    private final ServiceMail mail;
    private final MailRecipients recipients;

    ReviewNotifications(ServiceMail mail, MailRecipients recipients) {
        this.mail = mail;
        this.recipients = recipients;
    }

    @TransactionalEventListener
    void on(ReviewRequested event) {
        String plan = recipients.planName(event.planId());
        mail.send(recipients.advisers(event.partnershipId()), "mail.review.requested.adviser.subject",
                "mail.review.requested.adviser.body", plan, link(event.planId()));
        mail.send(recipients.members(event.partnershipId(), "SRO"), "mail.review.requested.sro.subject",
                "mail.review.requested.sro.body", plan, link(event.planId()));
    }

    @TransactionalEventListener
    void on(ReviewCommentAdded event) {
        List<String> to = recipients.members(event.partnershipId(), "SRO").stream()
                .filter(email -> !email.equalsIgnoreCase(event.actorEmail()))
                .toList();
        String section = mail.text("section." + event.section().name() + ".title");
        String kind = event.reply() ? "reply" : event.significantGap() ? "gap" : "comment";
        mail.send(to, "mail.review." + kind + ".subject", "mail.review." + kind + ".body",
                recipients.planName(event.planId()), event.authorName(), section, event.body(),
                link(event.planId()) + "#comment-" + (event.reply() ? event.parentId() : event.commentId()));
    }

    @TransactionalEventListener
    void on(ReviewCompleted event) {
        String summary = event.summary() == null ? mail.text("mail.review.completed.noSummary") : event.summary();
        mail.send(recipients.members(event.partnershipId(), "SRO"), "mail.review.completed.subject",
                "mail.review.completed.body", recipients.planName(event.planId()), summary, event.openComments(),
                link(event.planId()));
    }

    private String link(long planId) {
        return mail.link("/plans/" + planId + "/review");
    }
}
