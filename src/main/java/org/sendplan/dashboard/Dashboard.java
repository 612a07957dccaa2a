package org.sendplan.dashboard;

import static org.sendplan.partnership.PartnershipScope.VISIBLE_TO_USER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The adviser dashboard's rows: every partnership the user may see with its current plan (the
 * latest plan year's plan, its highest revision). One query reads them all, whatever the number of
 * partnerships; the findings come from {@link ValidationSummaries}, not from validating each plan.
 */
@Service
class Dashboard {

    static final int SECTIONS = PlanSection.values().length;

    private final JdbcClient jdbc;
    private final ValidationSummaries summaries;
    private final Clock clock;

    Dashboard(JdbcClient jdbc, ValidationSummaries summaries, Clock clock) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.clock = clock;
    }

    enum Sort {
        PARTNERSHIP, STATUS, DEADLINE
    }

    /**
     * One partnership. Plan fields are null when it has no plan. {@code daysToDeadline} is negative
     * once the deadline has passed; the deadline warning is counted in {@code warnings} then, as
     * validation counts it.
     */
    record Row(long partnershipId, String partnershipName, Long planId,
            String planYear, PlanStatus status, int sectionsCompleted, Integer blocking, Integer warnings,
            OffsetDateTime lastChange, LocalDate deadline, Long daysToDeadline) {
    }

    private record Loaded(long partnershipId, String partnershipName, Long planId,
            String planYear, String status, int sectionsCompleted, Integer blocking, Integer warnings,
            OffsetDateTime lastChange, LocalDate deadline) {
    }

    List<Row> rows(long userId, PlanStatus statusFilter, Sort sort) {
        List<Loaded> loaded = load(userId);
        List<Long> uncounted = loaded.stream().filter(row -> row.planId() != null && row.blocking() == null)
                .map(Loaded::planId).toList();
        if (!uncounted.isEmpty()) {
            summaries.fillMissing(uncounted);
            loaded = load(userId);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ValidationSummaries.ZONE);
        return loaded.stream()
                .map(row -> toRow(row, today))
                .filter(row -> statusFilter == null || row.status() == statusFilter)
                .sorted(comparator(sort))
                .toList();
    }

    private List<Loaded> load(long userId) {
        return jdbc.sql("""
                with current_plan as (
                    select distinct on (p.partnership_id) p.id, p.partnership_id, p.plan_year, p.status, p.updated_at
                      from plan p
                     order by p.partnership_id, p.plan_year desc, p.revision desc
                ), sections as (
                    select s.plan_id, count(*) filter (where s.status = 'COMPLETED') as completed,
                           max(s.updated_at) as updated_at
                      from plan_section s join current_plan cp on cp.id = s.plan_id
                     group by s.plan_id
                )
                select pa.id as partnership_id, pa.name as partnership_name, cp.id as plan_id, cp.plan_year, cp.status, coalesce(sections.completed, 0) as sections_completed,
                       vs.blocking, vs.warnings, greatest(cp.updated_at, sections.updated_at) as last_change,
                       py.submission_deadline as deadline
                  from partnership pa
                  left join current_plan cp on cp.partnership_id = pa.id
                  left join sections on sections.plan_id = cp.id
                  left join plan_validation_summary vs on vs.plan_id = cp.id
                  left join plan_year py on py.code = cp.plan_year
                 where """ + VISIBLE_TO_USER)
                .param("userId", userId)
                .query(Loaded.class)
                .list();
    }

    private static Row toRow(Loaded row, LocalDate today) {
        Long days = row.deadline() == null ? null : ChronoUnit.DAYS.between(today, row.deadline());
        Integer warnings = row.warnings() == null ? null : row.warnings() + (days != null && days < 0 ? 1 : 0);
        return new Row(row.partnershipId(), row.partnershipName(), row.planId(),
                row.planYear(), row.status() == null ? null : PlanStatus.valueOf(row.status()),
                row.sectionsCompleted(), row.blocking(), warnings, row.lastChange(), row.deadline(), days);
    }

    private static Comparator<Row> comparator(Sort sort) {
        Comparator<Row> byName = Comparator.comparing(Row::partnershipName, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Row::partnershipId);
        return switch (sort) {
            case PARTNERSHIP -> byName;
            case STATUS -> Comparator.comparing(Row::status, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName);
            case DEADLINE -> Comparator.comparing(Row::daysToDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(byName);
        };
    }
}
