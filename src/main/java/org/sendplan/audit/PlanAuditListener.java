package org.sendplan.audit;

import org.sendplan.plan.PlanContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every change to a plan's content is recorded with who, when, which section, before and after. */
@Component
class PlanAuditListener {

    private final AuditLog auditLog;

    PlanAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(PlanContentChanged event) {
        auditLog.record(new AuditLog.Entry(event.actorUserId(), event.actorEmail(), event.partnershipId(),
                event.planId(), event.section() == null ? "PLAN_IMPORTED" : "SECTION_SAVED",
                event.section() == null ? null : event.section().name(), null, event.before(), event.after()));
    }
}
