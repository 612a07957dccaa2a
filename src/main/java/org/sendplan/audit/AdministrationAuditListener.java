package org.sendplan.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sendplan.account.InvitationEvents.InvitationAccepted;
import org.sendplan.account.InvitationEvents.InvitationSent;
import org.sendplan.admin.AdministrationEvents.AdviserAssigned;
import org.sendplan.admin.AdministrationEvents.AdviserUnassigned;
import org.sendplan.admin.AdministrationEvents.DeadlineSet;
import org.sendplan.admin.AdministrationEvents.MemberRemoved;
import org.sendplan.admin.AdministrationEvents.PartnershipCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Administration goes into the audit trail in the same transaction: partnerships created,
 * invitations sent and accepted (never their tokens), members removed, advisers assigned and
 * unassigned, deadlines set. These belong to a partnership, or to no plan at all.
 */
@Component
class AdministrationAuditListener {

    private final AuditLog auditLog;
    private final JsonMapper json;

    AdministrationAuditListener(AuditLog auditLog, JsonMapper json) {
        this.auditLog = auditLog;
        this.json = json;
    }

    @EventListener
    void on(PartnershipCreated event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), "PARTNERSHIP_CREATED",
                Map.of("code", event.code(), "name", event.name()));
    }

    @EventListener
    void on(InvitationSent event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("invitationId", event.invitationId());
        detail.put("email", event.email());
        detail.put("role", event.role().name());
        detail.put("signatoryRole", event.signatoryRole() == null ? null : event.signatoryRole().name());
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), "INVITATION_SENT", detail);
    }

    @EventListener
    void on(InvitationAccepted event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("invitationId", event.invitationId());
        detail.put("role", event.role().name());
        detail.put("signatoryRole", event.signatoryRole() == null ? null : event.signatoryRole().name());
        detail.put("newAccount", event.newAccount());
        record(event.userId(), event.email(), event.partnershipId(), "INVITATION_ACCEPTED", detail);
    }

    @EventListener
    void on(MemberRemoved event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), "MEMBER_REMOVED",
                Map.of("userId", event.userId(), "email", event.email(), "role", event.role().name()));
    }

    @EventListener
    void on(AdviserAssigned event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), "ADVISER_ASSIGNED",
                Map.of("adviserUserId", event.adviserUserId(), "adviserEmail", event.adviserEmail()));
    }

    @EventListener
    void on(AdviserUnassigned event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), "ADVISER_UNASSIGNED",
                Map.of("adviserUserId", event.adviserUserId(), "adviserEmail", event.adviserEmail()));
    }

    @EventListener
    void on(DeadlineSet event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("planYear", event.planYear());
        detail.put("deadline", event.deadline().toString());
        detail.put("previous", event.previous() == null ? null : event.previous().toString());
        record(event.actorUserId(), event.actorEmail(), null, "DEADLINE_SET", detail);
    }

    private void record(Long actorUserId, String actorEmail, Long partnershipId, String type, Map<String, ?> detail) {
        auditLog.record(new AuditLog.Entry(actorUserId, actorEmail, partnershipId, null, type, null,
                json.writeValueAsString(detail), null, null));
    }
}
