package org.sendplan.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the audit trail. Rows are never updated or deleted (a trigger refuses it). */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One audit entry; {@code detail}, {@code before} and {@code after} are JSON text or null. */
    public record Entry(Long actorUserId, String actorEmail, Long partnershipId, Long planId, String eventType,
            String section, String detail, String before, String after) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Entry entry) {
        jdbc.sql("""
                insert into audit_event (actor_user_id, actor_email, partnership_id, plan_id, event_type, section,
                                         detail, before_content, after_content)
                values (:actorUserId, :actorEmail, :partnershipId, :planId, :eventType, :section,
                        cast(:detail as jsonb), cast(:before as jsonb), cast(:after as jsonb))
                """)
                .paramSource(entry)
                .update();
    }
}
