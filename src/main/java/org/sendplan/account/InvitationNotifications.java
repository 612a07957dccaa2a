package org.sendplan.account;

import java.util.List;

import org.sendplan.account.InvitationEvents.InvitationSent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails each invitation's link once the invitation has been committed, so a link never points
 * at an invitation that was rolled back. A mail server that is down is logged, never fatal: the
 * inviter can send a new invitation. The link is only in the body, which is never logged, as it
 * is a credential.
 */
@Component
class InvitationNotifications {

    private final ServiceMail mail;
    private final MailRecipients recipients;

    InvitationNotifications(ServiceMail mail, MailRecipients recipients) {
        this.mail = mail;
        this.recipients = recipients;
    }

    @TransactionalEventListener
    void on(InvitationSent event) {
        String role = mail.text(event.signatoryRole() == null ? "people.role." + event.role().name()
                : "header.signatoryRole." + event.signatoryRole().name());
        mail.send(List.of(event.email()), "mail.invitation.subject", "mail.invitation.body",
                recipients.partnershipName(event.partnershipId()), role,
                mail.link("/invitations/" + event.token()), Invitations.VALIDITY.toDays());
    }
}
