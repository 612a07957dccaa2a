package org.sendplan.account;

/** What happens to invitations, as past-tense events: audit and e-mail listen to them. */
public final class InvitationEvents {

    private InvitationEvents() {
    }

    /**
     * Someone was invited to a partnership. The raw token travels only in this event, so the
     * e-mail sent after commit can carry the link; it is never stored and never printed.
     */
    public record InvitationSent(long invitationId, long partnershipId, String email, MembershipRole role,
            SignatoryRole signatoryRole, long actorUserId, String actorEmail, String token) {

        @Override
        public String toString() {
            return "InvitationSent[invitationId=" + invitationId + ", partnershipId=" + partnershipId + ", role="
                    + role + "]";
        }
    }

    /** The invitee accepted: {@code newAccount} is false when the membership went to an existing account. */
    public record InvitationAccepted(long invitationId, long partnershipId, long userId, String email,
            MembershipRole role, SignatoryRole signatoryRole, boolean newAccount) {
    }
}
