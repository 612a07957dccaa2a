package org.sendplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendplan.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void recordedEventsCannotBeRewrittenOrDeleted() {
        Long id = transactions.execute(status -> {
            auditLog.record(new AuditLog.Entry(null, "auditor@test", null, null, "TEST_EVENT", null,
                    "{\"n\":1}", null, null));
            return jdbc.sql("select max(id) from audit_event where actor_email = 'auditor@test'")
                    .query(Long.class).single();
        });
        assertThat(id).isNotNull();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set event_type = 'FORGED' where id = :id")
                .param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select event_type from audit_event where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("TEST_EVENT");
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> auditLog.record(new AuditLog.Entry(null, null, null, null, "X", null, null, null,
                null))).isInstanceOf(Exception.class);
    }
}
