package org.sendplan.account;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail in the service's own words (subject and body from the messages files). A
 * mail server that is down never undoes what the user did: the failure is logged. With
 * {@code sendplan.mail.enabled=false} (the demo profile) each message is logged instead of sent.
 * Only recipients and subjects are ever logged, never a body: an invitation's body holds its
 * link, which is a credential.
 */
@Component
public class ServiceMail {

    private static final Logger log = LoggerFactory.getLogger(ServiceMail.class);

    private final JavaMailSender mail;
    private final MessageSource messages;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    ServiceMail(JavaMailSender mail, MessageSource messages, @Value("${sendplan.mail.enabled:true}") boolean enabled,
            @Value("${sendplan.mail.from:no-reply@sendplan.example}") String from,
            @Value("${sendplan.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An absolute link to a page of the service, for the body of an e-mail. */
    public String link(String path) {
        return baseUrl + path;
    }

    /** A label from the messages files, for use as an argument. */
    public String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    /** One message to each recipient: they do not see each other's addresses, and one bad address stops no one else's. */
    public void send(List<String> to, String subjectKey, String bodyKey, Object... arguments) {
        if (to.isEmpty()) {
            return;
        }
        String subject = messages.getMessage(subjectKey, arguments, Locale.UK);
        if (!enabled) {
            log.info("E-mail not sent (sendplan.mail.enabled=false) to {}: {}", to, subject);
            return;
        }
        String body = messages.getMessage(bodyKey, arguments, Locale.UK);
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
