package org.sendplan.signoff;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendplan.signoff.SignOffEvents.PlanFrozen;
import org.sendplan.signoff.SignOffEvents.PlanSignatureDeclined;
import org.sendplan.signoff.SignOffEvents.PlanSignatureRecorded;
import org.sendplan.signoff.SignOffEvents.PlanSigned;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail for sign-off: each signatory when a plan is sent to them, and the SRO at every
 * signature or decline and when all five have signed. Mail goes only after the step has been
 * committed, and a mail server that is down never undoes a signature: the failure is logged.
 */
@Component
class SignOffNotifications {

    private static final Logger log = LoggerFactory.getLogger(SignOffNotifications.class);

    private final JavaMailSender mail;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    SignOffNotifications(JavaMailSender mail, JdbcClient jdbc, MessageSource messages,
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
    void on(PlanFrozen event) {
        String plan = planName(event.planId());
        send(recipients(event.partnershipId(), "SIGNATORY"), "mail.frozen.subject", "mail.frozen.body", plan,
                link(event.planId()), event.contentHash());
    }

    @TransactionalEventListener
    void on(PlanSignatureRecorded event) {
        send(recipients(event.partnershipId(), "SRO"), "mail.signed.subject", "mail.signed.body",
                planName(event.planId()), event.signerName(), role(event.role().name()), link(event.planId()));
    }

    @TransactionalEventListener
    void on(PlanSignatureDeclined event) {
        send(recipients(event.partnershipId(), "SRO"), "mail.declined.subject", "mail.declined.body",
                planName(event.planId()), event.signerName(), role(event.role().name()), event.reason(),
                link(event.planId()));
    }

    @TransactionalEventListener
    void on(PlanSigned event) {
        send(recipients(event.partnershipId(), "SRO"), "mail.allSigned.subject", "mail.allSigned.body",
                planName(event.planId()), link(event.planId()));
    }

    private List<String> recipients(long partnershipId, String membershipRole) {
        return jdbc.sql("""
                select u.email from membership m join app_user u on u.id = m.user_id
                 where m.partnership_id = :partnershipId and m.role = :role and u.enabled
                 order by u.email
                """)
                .param("partnershipId", partnershipId)
                .param("role", membershipRole)
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
        return baseUrl + "/plans/" + planId + "/sign-off";
    }

    private String role(String role) {
        return messages.getMessage("header.signatoryRole." + role, null, java.util.Locale.UK);
    }

    private void send(List<String> to, String subjectKey, String bodyKey, Object... arguments) {
        if (to.isEmpty()) {
            return;
        }
        String subject = messages.getMessage(subjectKey, arguments, java.util.Locale.UK);
        if (!enabled) {
            log.info("E-mail not sent (sendplan.mail.enabled=false) to {}: {}", to, subject);
            return;
        }
        String body = messages.getMessage(bodyKey, arguments, java.util.Locale.UK);
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
