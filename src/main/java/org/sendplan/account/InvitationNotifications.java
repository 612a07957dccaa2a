package org.sendplan.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendplan.account.InvitationEvents.InvitationSent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails each invitation's link once the invitation has been committed, so a link never points
 * at an invitation that was rolled back. A mail server that is down is logged, never fatal: the
 * inviter can send a new invitation. The link itself is never logged, as it is a credential.
 */
@Component
class InvitationNotifications {

    private static final Logger log = LoggerFactory.getLogger(InvitationNotifications.class);

    private final JavaMailSender mail;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    InvitationNotifications(JavaMailSender mail, JdbcClient jdbc, MessageSource messages,
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
    void on(InvitationSent event) {
        String partnership = jdbc.sql("select name from partnership where id = :id")
                .param("id", event.partnershipId())
                .query(String.class)
                .single();
        String role = messages.getMessage(event.signatoryRole() == null ? "people.role." + event.role().name()
                : "header.signatoryRole." + event.signatoryRole().name(), null, Locale.UK);
        Object[] arguments = { partnership, role, baseUrl + "/invitations/" + event.token(),
                Invitations.VALIDITY.toDays() };
        String subject = messages.getMessage("mail.invitation.subject", arguments, Locale.UK);
        if (!enabled) {
            log.info("E-mail not sent (sendplan.mail.enabled=false) to {}: {}", event.email(), subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(event.email());
        message.setSubject(subject);
        message.setText(messages.getMessage("mail.invitation.body", arguments, Locale.UK));
        try {
            mail.send(message);
        }
        catch (MailException e) {
            log.warn("Could not send the invitation e-mail to {}: {}", event.email(), e.getMessage());
        }
    }
}
