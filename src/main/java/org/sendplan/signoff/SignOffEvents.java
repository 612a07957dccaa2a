package org.sendplan.signoff;

import org.sendplan.account.SignatoryRole;

/** What happens in sign-off, as past-tense events: audit and e-mail listen to them. */
public final class SignOffEvents {

    private SignOffEvents() {
    }

    /** The SRO sent the plan for sign-off: it is frozen with this content hash. */
    public record PlanFrozen(long planId, long partnershipId, long actorUserId, String actorEmail,
            String contentHash) {
    }

    /** A signatory signed the frozen content. */
    public record PlanSignatureRecorded(long planId, long partnershipId, long actorUserId, String actorEmail,
            String signerName, SignatoryRole role, String contentHash, String clientAddress) {
    }

    /** A signatory declined to sign; the plan goes back to draft. */
    public record PlanSignatureDeclined(long planId, long partnershipId, long actorUserId, String actorEmail,
            String signerName, SignatoryRole role, String reason) {
    }

    /** Every required role has signed the same content hash. */
    public record PlanSigned(long planId, long partnershipId, String contentHash) {
    }

    /** The plan is a draft again and every signature of the round is void. */
    public record PlanReturnedToDraft(long planId, long partnershipId, long actorUserId, String actorEmail,
            VoidReason reason, int voidedSignatures) {
    }

    public enum VoidReason {
        DECLINED, WITHDRAWN
    }
}
