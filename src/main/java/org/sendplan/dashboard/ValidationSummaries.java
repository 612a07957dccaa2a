package org.sendplan.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;

import org.sendplan.plan.PlanContentChanged;
import org.sendplan.signoff.SignOffEvents.PlanFrozen;
import org.sendplan.signoff.SignOffEvents.PlanReturnedToDraft;
import org.sendplan.signoff.SignOffEvents.PlanSigned;
import org.sendplan.submission.PlanSubmitted;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.PlanValidator;
import org.sendplan.validation.RuleEngine;
import org.sendplan.validation.ValidationResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps {@code plan_validation_summary} (each plan's count of blocking findings and warnings) up
 * to date, so the dashboard reads every plan's counts in one query instead of validating each
 * plan (about 14 statements) per view. It is refreshed after every committed change of content or
 * sign-off state; a plan that has never been counted (older than this table, or made outside the
 * authoring pages) is counted the first time the dashboard meets it.
 *
 * <p>The counts leave out the submission-deadline warning: it depends on today's date and on a
 * deadline an admin can move, so the dashboard adds it from the days to the deadline.
 */
@Service
class ValidationSummaries {

    /** The dashboard's "today" is a date in England, as in validation. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final PlanValidator validator;
    private final RuleEngine engine;
    private final JdbcClient jdbc;
    private final Clock clock;

    ValidationSummaries(PlanValidator validator, RuleEngine engine, JdbcClient jdbc, Clock clock) {
        this.validator = validator;
        this.engine = engine;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PlanContentChanged event) {
        refresh(event.planId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PlanFrozen event) {
        refresh(event.planId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PlanSigned event) {
        refresh(event.planId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PlanReturnedToDraft event) {
        refresh(event.planId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PlanSubmitted event) {
        refresh(event.planId());
    }

    /** Counts the plans that have no summary yet; one validation each, once. */
    @Transactional
    void fillMissing(Collection<Long> planIds) {
        planIds.forEach(this::refresh);
    }

    private void refresh(long planId) {
        PlanSnapshot snapshot = validator.snapshot(planId);
        // No deadline: the submission-deadline rule stays silent, and the dashboard adds it itself.
        ValidationResult result = engine.validate(new PlanSnapshot(snapshot.document(),
                LocalDate.ofInstant(clock.instant(), ZONE), null));
        jdbc.sql("""
                insert into plan_validation_summary (plan_id, blocking, warnings, validated_at)
                values (:planId, :blocking, :warnings, :now)
                on conflict (plan_id) do update
                   set blocking = excluded.blocking, warnings = excluded.warnings, validated_at = excluded.validated_at
                """)
                .param("planId", planId)
                .param("blocking", result.blocking().size())
                .param("warnings", result.warnings().size())
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }
}
