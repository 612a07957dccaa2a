package org.sendplan.review;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendplan.review.ReviewEvents.ReviewCommentAdded;
import org.sendplan.review.ReviewEvents.ReviewCompleted;
import org.sendplan.review.ReviewEvents.ReviewRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail for the Department review: the assigned advisers and the SRO when a review is asked
 * for, the SRO at each new comment or reply by someone else, and the SRO when the review is
 * complete. Mail goes only after the step has been committed; a mail server that is down never
 * undoes a step: the failure is logged.
 */
@Component
class ReviewNotifications {

    private static final Logger log = LoggerFactory.getLogger(ReviewNotifications.class);

    private final JavaMailSender mail;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    ReviewNotifications(JavaMailSender mail, JdbcClient jdbc, MessageSource messages,
            @Value("${sendplan.mail.enabled:true}") boolean enabled,
            @Value("${sendplan.mail.from:no-reply@sendplan.example}") String from,
            @Value("${sendplan.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.jdbc = jdbc;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void on(ReviewRequested event) {
        String plan = planName(event.planId());
        send(advisers(event.partnershipId()), "mail.review.requested.adviser.subject",
                "mail.review.requested.adviser.body", plan, link(event.planId()));
        send(sros(event.partnershipId()), "mail.review.requested.sro.subject", "mail.review.requested.sro.body", plan,
                link(event.planId()));
    }

    @TransactionalEventListener
    void on(ReviewCommentAdded event) {
        List<String> to = sros(event.partnershipId()).stream()
                .filter(email -> !email.equalsIgnoreCase(event.actorEmail()))
                .toList();
        String section = messages.getMessage("section." + event.section().name() + ".title", null, Locale.UK);
        String kind = event.reply() ? "reply" : event.significantGap() ? "gap" : "comment";
        send(to, "mail.review." + kind + ".subject", "mail.review." + kind + ".body", planName(event.planId()),
                event.authorName(), section, event.body(), link(event.planId()) + "#comment-"
                        + (event.reply() ? event.parentId() : event.commentId()));
    }

    @TransactionalEventListener
    void on(ReviewCompleted event) {
        String summary = event.summary() == null
                ? messages.getMessage("mail.review.completed.noSummary", null, Locale.UK)
                : event.summary();
        send(sros(event.partnershipId()), "mail.review.completed.subject", "mail.review.completed.body",
                planName(event.planId()), summary, event.openComments(), link(event.planId()));
    }

    private List<String> sros(long partnershipId) {
        return jdbc.sql("""
                select u.email from membership m join app_user u on u.id = m.user_id
                 where m.partnership_id = :partnershipId and m.role = 'SRO' and u.enabled
                 order by u.email
                """)
                .param("partnershipId", partnershipId)
                .query(String.class)
                .list();
    }

    private List<String> advisers(long partnershipId) {
        return jdbc.sql("""
                select u.email from adviser_assignment a join app_user u on u.id = a.user_id
                 where a.partnership_id = :partnershipId and u.enabled
                 order by u.email
                """)
                .param("partnershipId", partnershipId)
                .query(String.class)
                .list();
    }

    private String planName(long planId) {
        return jdbc.sql("""
                select pa.name || ' ' || p.plan_year from plan p join partnership pa on pa.id = p.partnership_id
                 where p.id = :planId
                """)
                .param("planId", planId)
                .query(String.class)
                .single();
    }

    private String link(long planId) {
        return baseUrl + "/plans/" + planId + "/review";
    }

    private void send(List<String> to, String subjectKey, String bodyKey, Object... arguments) {
        if (to.isEmpty()) {
            return;
        }
        String subject = messages.getMessage(subjectKey, arguments, Locale.UK);
        if (!enabled) {
            log.info("E-mail not sent (sendplan.mail.enabled=false) to {}: {}", to, subject);
            return;
        }
        String body = messages.getMessage(bodyKey, arguments, Locale.UK);
        // One message each: recipients do not see each other's addresses, and one bad address stops no one else's.
        for (String recipient : to) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient);
            message.setSubject(subject);
            message.setText(body);
            try {
                mail.send(message);
            }
            catch (MailException e) {
                log.warn("Could not send the e-mail \"{}\" to {}: {}", subject, recipient, e.getMessage());
            }
        }
    }
}
