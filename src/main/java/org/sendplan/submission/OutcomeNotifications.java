package org.sendplan.submission;

import org.sendplan.account.MailRecipients;
import org.sendplan.submission.OutcomeEvents.PlanOutcomeRecorded;
import org.sendplan.account.ServiceMail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the partnership's SRO the Department's decision once it is committed. */
@Component
class OutcomeNotifications {

    private final ServiceMail mail;
    private final MailRecipients recipients;

    OutcomeNotifications(ServiceMail mail, MailRecipients recipients) {
        this.mail = mail;
        this.recipients = recipients;
    }

    @TransactionalEventListener
    void on(PlanOutcomeRecorded event) {
        mail.send(recipients.members(event.partnershipId(), "SRO"), "mail.outcome.subject", "mail.outcome.body",
                recipients.planName(event.planId()), mail.text("outcome.value." + event.outcome().name()),
                event.reasons(), mail.link("/plans/" + event.planId() + "/outcome"));
    }
}
