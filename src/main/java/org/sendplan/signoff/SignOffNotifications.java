package org.sendplan.signoff;

import org.sendplan.signoff.SignOffEvents.PlanFrozen;
import org.sendplan.signoff.SignOffEvents.PlanSignatureDeclined;
import org.sendplan.signoff.SignOffEvents.PlanSignatureRecorded;
import org.sendplan.signoff.SignOffEvents.PlanSigned;
import org.sendplan.account.MailRecipients;
import org.sendplan.account.ServiceMail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail for sign-off: each signatory when a plan is sent to them, and the SRO at every
 * signature or decline and when all five have signed. Mail goes only after the step has been
 * committed, so nobody is told of a step that was rolled back.
 */
@Component
class SignOffNotifications {

    private final ServiceMail mail;
    private final MailRecipients recipients;

    SignOffNotifications(ServiceMail mail, MailRecipients recipients) {
        this.mail = mail;
        this.recipients = recipients;
    }

    @TransactionalEventListener
    void on(PlanFrozen event) {
        mail.send(recipients.members(event.partnershipId(), "SIGNATORY"), "mail.frozen.subject", "mail.frozen.body",
                recipients.planName(event.planId()), link(event.planId()), event.contentHash());
    }

    @TransactionalEventListener
    void on(PlanSignatureRecorded event) {
        mail.send(recipients.members(event.partnershipId(), "SRO"), "mail.signed.subject", "mail.signed.body",
                recipients.planName(event.planId()), event.signerName(), role(event.role().name()), link(event.planId()));
    }

    @TransactionalEventListener
    void on(PlanSignatureDeclined event) {
        mail.send(recipients.members(event.partnershipId(), "SRO"), "mail.declined.subject", "mail.declined.body",
                recipients.planName(event.planId()), event.signerName(), role(event.role().name()), event.reason(),
                link(event.planId()));
    }

    @TransactionalEventListener
    void on(PlanSigned event) {
        mail.send(recipients.members(event.partnershipId(), "SRO"), "mail.allSigned.subject", "mail.allSigned.body",
                recipients.planName(event.planId()), link(event.planId()));
    }

    private String link(long planId) {
        return mail.link("/plans/" + planId + "/sign-off");
    }

    private String role(String role) {
        return mail.text("header.signatoryRole." + role);
    }
}
