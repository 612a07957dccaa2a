package org.sendplan.audit;

import org.sendplan.account.AccountLocked;
import org.sendplan.account.SignedIn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Security-relevant account events go into the audit trail, in the transaction that caused them. */
@Component
class AccountAuditListener {

    private final AuditLog auditLog;

    AccountAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(SignedIn event) {
        auditLog.record(new AuditLog.Entry(event.userId(), event.email(), null, null, "SIGNED_IN", null, null,
                null, null));
    }

    @EventListener
    void on(AccountLocked event) {
        auditLog.record(new AuditLog.Entry(null, event.email(), null, null, "ACCOUNT_LOCKED", null,
                "{\"lockedUntil\":\"" + event.lockedUntil() + "\",\"userId\":" + event.userId() + "}", null, null));
    }
}
