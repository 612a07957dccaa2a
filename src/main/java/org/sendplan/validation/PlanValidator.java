package org.sendplan.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.sendplan.plan.document.PlanDocumentReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Validates a stored plan: reads its document and its plan year's submission deadline, takes today
 * from the application clock, and runs the rule engine. It does not check who may see the plan:
 * callers scope the id first, e.g. with {@code PlanQueries.getVisible}.
 */
@Service
public class PlanValidator {

    /** Deadlines are dates in England: "after 19 June" means after midnight UK time, not UTC. */
    static final ZoneId DEADLINE_ZONE = ZoneId.of("Europe/London");

    private final PlanDocumentReader reader;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RuleEngine engine;

    PlanValidator(PlanDocumentReader reader, JdbcClient jdbc, Clock clock, RuleEngine engine) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.clock = clock;
        this.engine = engine;
    }

    /** @throws org.sendplan.plan.PlanNotFoundException when no plan has this id */
    public ValidationResult validate(long planId) {
        return engine.validate(snapshot(planId));
    }

    /** Validates a snapshot the caller already holds, so what it validates is exactly what it goes on to use. */
    public ValidationResult validate(PlanSnapshot snapshot) {
        return engine.validate(snapshot);
    }

    public PlanSnapshot snapshot(long planId) {
        LocalDate deadline = jdbc.sql("""
                select py.submission_deadline from plan p join plan_year py on py.code = p.plan_year
                 where p.id = :planId
                """)
                .param("planId", planId)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        return new PlanSnapshot(reader.read(planId), LocalDate.ofInstant(clock.instant(), DEADLINE_ZONE), deadline);
    }
}
