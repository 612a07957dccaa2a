package org.sendplan.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sendplan.account.CurrentUser;
import org.sendplan.admin.AdministrationEvents.DeadlineSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plan years and their submission deadlines: each year's deadline can be moved, and the next year added. */
@Service
class PlanYears {

    static final String CODE_PATTERN = "^[0-9]{4}-[0-9]{2}$";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PlanYears(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    record PlanYear(String code, LocalDate submissionDeadline, int plans) {
    }

    @Transactional(readOnly = true)
    List<PlanYear> all() {
        return jdbc.sql("""
                select py.code, py.submission_deadline, (select count(*) from plan p where p.plan_year = py.code) as plans
                  from plan_year py order by py.code
                """)
                .query(PlanYear.class)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<PlanYear> find(String code) {
        return all().stream().filter(year -> year.code().equals(code)).findFirst();
    }

    /** The plan year after the latest one, e.g. 2027-28 after 2026-27. */
    @Transactional(readOnly = true)
    String next() {
        String latest = jdbc.sql("select max(code) from plan_year").query(String.class).optional().orElse("2025-26");
        int start = Integer.parseInt(latest.substring(0, 4)) + 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** Whether a code names a real plan year: 2027-28, where the second year follows the first. */
    static boolean wellFormed(String code) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            return false;
        }
        int start = Integer.parseInt(code.substring(0, 4));
        return Integer.parseInt(code.substring(5)) == (start + 1) % 100;
    }

    @Transactional
    boolean setDeadline(String code, LocalDate deadline, CurrentUser actor) {
        Optional<LocalDate> previous = jdbc.sql("select submission_deadline from plan_year where code = :code for update")
                .param("code", code)
                .query(LocalDate.class)
                .optional();
        previous.ifPresent(before -> {
            jdbc.sql("update plan_year set submission_deadline = :deadline where code = :code")
                    .param("deadline", deadline)
                    .param("code", code)
                    .update();
            events.publishEvent(new DeadlineSet(code, deadline, before, actor.getId(), actor.getEmail()));
        });
        return previous.isPresent();
    }

    /** Adds a plan year; false when it exists already. */
    @Transactional
    boolean add(String code, LocalDate deadline, CurrentUser actor) {
        int added = jdbc.sql("""
                insert into plan_year (code, submission_deadline) values (:code, :deadline) on conflict (code) do nothing
                """)
                .param("code", code)
                .param("deadline", deadline)
                .update();
        if (added == 1) {
            events.publishEvent(new DeadlineSet(code, deadline, null, actor.getId(), actor.getEmail()));
        }
        return added == 1;
    }
}
