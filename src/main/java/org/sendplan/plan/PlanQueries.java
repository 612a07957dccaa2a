package org.sendplan.plan;

import static org.sendplan.partnership.PartnershipScope.VISIBLE_TO_USER;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models over plans, every one scoped to the partnerships the user may see. A plan outside
 * that scope is indistinguishable from one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private static final String SUMMARY_SELECT = """
            select p.id, pa.id as partnership_id, pa.name as partnership_name, pa.code as partnership_code,
                   pa.la_name, pa.icb_name, p.plan_year, p.status, p.revision
              from plan p join partnership pa on pa.id = p.partnership_id
            """;

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanSummary> findVisible(long planId, long userId) {
        return jdbc.sql(SUMMARY_SELECT + " where p.id = :planId and " + VISIBLE_TO_USER)
                .param("planId", planId)
                .param("userId", userId)
                .query(PlanSummary.class)
                .optional();
    }

    /** Like {@link #findVisible} but answers 404 for a plan the user may not see. */
    public PlanSummary getVisible(long planId, long userId) {
        return findVisible(planId, userId).orElseThrow(() -> new PlanNotFoundException(planId));
    }

    public List<PlanSummary> findAllVisible(long userId) {
        return jdbc.sql(SUMMARY_SELECT + " where " + VISIBLE_TO_USER
                + " order by pa.name, p.plan_year desc, p.revision desc")
                .param("userId", userId)
                .query(PlanSummary.class)
                .list();
    }

    /** Every partnership the user may see, with each of its plans (or none). */
    public List<PartnershipPlanRow> partnershipsWithPlans(long userId) {
        return jdbc.sql("""
                select pa.id as partnership_id, pa.name as partnership_name, pa.la_name, pa.icb_name,
                       p.id as plan_id, p.plan_year, p.status, p.revision
                  from partnership pa left join plan p on p.partnership_id = pa.id
                 where """ + VISIBLE_TO_USER + " order by pa.name, p.plan_year desc, p.revision desc")
                .param("userId", userId)
                .query(PartnershipPlanRow.class)
                .list();
    }

    /** Each section's status; sections never saved are not started. */
    public Map<PlanSection, SectionStatus> sectionStatuses(long planId) {
        Map<PlanSection, SectionStatus> statuses = new EnumMap<>(PlanSection.class);
        for (PlanSection section : PlanSection.values()) {
            statuses.put(section, SectionStatus.NOT_STARTED);
        }
        jdbc.sql("select section, status from plan_section where plan_id = :planId")
                .param("planId", planId)
                .query((rs, n) -> Map.entry(PlanSection.valueOf(rs.getString("section")),
                        SectionStatus.valueOf(rs.getString("status"))))
                .list()
                .forEach(entry -> statuses.put(entry.getKey(), entry.getValue()));
        return statuses;
    }
}
