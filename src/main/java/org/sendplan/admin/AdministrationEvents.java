package org.sendplan.admin;

import java.time.LocalDate;

import org.sendplan.account.MembershipRole;

/** What service admins and SROs change, as past-tense events: the audit trail listens to them. */
public final class AdministrationEvents {

    private AdministrationEvents() {
    }

    public record PartnershipCreated(long partnershipId, String code, String name, long actorUserId,
            String actorEmail) {
    }

    public record AdviserAssigned(long partnershipId, long adviserUserId, String adviserEmail, long actorUserId,
            String actorEmail) {
    }

    public record AdviserUnassigned(long partnershipId, long adviserUserId, String adviserEmail, long actorUserId,
            String actorEmail) {
    }

    /** A plan year's deadline was set; {@code previous} is null when the plan year was added. */
    public record DeadlineSet(String planYear, LocalDate deadline, LocalDate previous, long actorUserId,
            String actorEmail) {
    }

    public record MemberRemoved(long partnershipId, long membershipId, long userId, String email,
            MembershipRole role, long actorUserId, String actorEmail) {
    }
}
