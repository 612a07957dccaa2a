package org.sendplan.signoff;

import java.time.Instant;

import org.sendplan.account.SignatoryRole;
import org.sendplan.signoff.SignOffEvents.VoidReason;

/** One signature or decline as stored: void ones are kept as evidence of earlier rounds. */
public record SignatureRecord(long id, long userId, SignatoryRole role, Decision decision, String signerName,
        String signerEmail, String contentHash, String declineReason, Instant decidedAt, String clientAddress,
        Instant voidedAt, VoidReason voidReason) {

    public boolean standing() {
        return voidedAt == null;
    }

    public boolean signed() {
        return decision == Decision.SIGNED;
    }
}
