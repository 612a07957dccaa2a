package org.sendplan.signoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.PlanStatus;

/**
 * Where a plan is in sign-off: the hash it is frozen with (null for a draft), each required
 * role's standing signature if any, and every signature ever recorded on it, newest first.
 */
public record SignOffState(long planId, PlanStatus status, String contentHash, Instant frozenAt,
        List<RoleStatus> requiredRoles, List<SignatureRecord> optionalSignatures, List<SignatureRecord> history) {

    /** A required role and the standing signature for it, if it has one. */
    public record RoleStatus(SignatoryRole role, Optional<SignatureRecord> signature) {

        public boolean signed() {
            return signature.isPresent();
        }
    }

    public long signedCount() {
        return requiredRoles.stream().filter(RoleStatus::signed).count();
    }

    public boolean frozen() {
        return contentHash != null;
    }

    /** This person's signature or decline in the current round, if they have made one. */
    public Optional<SignatureRecord> standingDecisionOf(long userId) {
        return history.stream().filter(signature -> signature.standing() && signature.userId() == userId).findFirst();
    }

    public List<SignatureRecord> voided() {
        return history.stream().filter(signature -> !signature.standing()).toList();
    }
}
