package org.sendplan.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sendplan.signoff.SignOffEvents.PlanFrozen;
import org.sendplan.signoff.SignOffEvents.PlanReturnedToDraft;
import org.sendplan.signoff.SignOffEvents.PlanSignatureDeclined;
import org.sendplan.signoff.SignOffEvents.PlanSignatureRecorded;
import org.sendplan.signoff.SignOffEvents.PlanSigned;
import org.sendplan.submission.OutcomeEvents.CopyKind;
import org.sendplan.submission.OutcomeEvents.PlanCopied;
import org.sendplan.submission.OutcomeEvents.PlanOutcomeRecorded;
import org.sendplan.submission.PlanSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Every step of sign-off and submission goes into the plan's history, in the same transaction. */
@Component
class SignOffAuditListener {

    private final AuditLog auditLog;
    private final JsonMapper json;

    SignOffAuditListener(AuditLog auditLog, JsonMapper json) {
        this.auditLog = auditLog;
        this.json = json;
    }

    @EventListener
    void on(PlanFrozen event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(), "PLAN_FROZEN",
                Map.of("contentHash", event.contentHash()));
    }

    @EventListener
    void on(PlanSignatureRecorded event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("role", event.role().name());
        detail.put("signer", event.signerName());
        detail.put("contentHash", event.contentHash());
        detail.put("clientAddress", event.clientAddress());
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(),
                "PLAN_SIGNATURE_RECORDED", detail);
    }

    @EventListener
    void on(PlanSignatureDeclined event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(),
                "PLAN_SIGNATURE_DECLINED", Map.of("role", event.role().name(), "signer", event.signerName(),
                        "reason", event.reason()));
    }

    @EventListener
    void on(PlanSigned event) {
        record(null, null, event.partnershipId(), event.planId(), "PLAN_SIGNED",
                Map.of("contentHash", event.contentHash()));
    }

    @EventListener
    void on(PlanReturnedToDraft event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(),
                "PLAN_RETURNED_TO_DRAFT", Map.of("reason", event.reason().name(),
                        "voidedSignatures", event.voidedSignatures()));
    }

    @EventListener
    void on(PlanSubmitted event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(), "PLAN_SUBMITTED",
                Map.of("contentHash", event.contentHash(), "packSha256", event.packSha256()));
    }

    @EventListener
    void on(PlanOutcomeRecorded event) {
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.planId(), "PLAN_OUTCOME_RECORDED",
                Map.of("outcome", event.outcome().name(), "reasons", event.reasons()));
    }

    /** A copy is recorded on both plans, so each history says where the other came from or went. */
    @EventListener
    void on(PlanCopied event) {
        boolean revision = event.kind() == CopyKind.REVISION;
        Map<String, Object> detail = Map.of("fromPlanId", event.fromPlanId(), "newPlanId", event.newPlanId(),
                "planYear", event.planYear(), "revision", event.revision());
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.fromPlanId(),
                revision ? "PLAN_REVISION_STARTED" : "PLAN_NEXT_YEAR_STARTED", detail);
        record(event.actorUserId(), event.actorEmail(), event.partnershipId(), event.newPlanId(),
                revision ? "PLAN_STARTED_AS_REVISION" : "PLAN_STARTED_FROM_PREVIOUS_YEAR", detail);
    }

    private void record(Long actorUserId, String actorEmail, long partnershipId, long planId, String type,
            Map<String, ?> detail) {
        auditLog.record(new AuditLog.Entry(actorUserId, actorEmail, partnershipId, planId, type, null,
                json.writeValueAsString(detail), null, null));
    }
}
