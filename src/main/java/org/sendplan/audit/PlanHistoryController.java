package org.sendplan.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan's history: every recorded change, newest first, with who made it and what it changed. */
@Controller
class PlanHistoryController {

    static final String HISTORY_VIEW = "audit/history";
    static final int PAGE_SIZE = 200;
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter
            .ofPattern("d MMMM yyyy, h:mma", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final PlanAccess access;
    private final JdbcClient jdbc;

    PlanHistoryController(PlanAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    record HistoryEntry(long id, String when, String who, String eventType, String section, String detail,
            String before, String after) {
    }

    @GetMapping("/plans/{planId}/history")
    @Transactional(readOnly = true)
    String showHistory(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        List<HistoryEntry> entries = jdbc.sql("""
                select e.id, e.occurred_at, coalesce(u.display_name, e.actor_email) as who, e.event_type, e.section,
                       jsonb_pretty(e.detail) as detail, jsonb_pretty(e.before_content) as before, jsonb_pretty(e.after_content) as after
                  from audit_event e left join app_user u on u.id = e.actor_user_id
                 where e.plan_id = :planId
                 order by e.occurred_at desc, e.id desc
                 limit :limit
                """)
                .param("planId", planId)
                .param("limit", PAGE_SIZE)
                .query((rs, n) -> new HistoryEntry(rs.getLong("id"),
                        UK_TIME.format(rs.getObject("occurred_at", OffsetDateTime.class))
                                .replace("AM", "am").replace("PM", "pm"),
                        rs.getString("who"), rs.getString("event_type"), rs.getString("section"),
                        rs.getString("detail"), rs.getString("before"), rs.getString("after")))
                .list();
        model.addAttribute("plan", plan);
        model.addAttribute("entries", entries);
        model.addAttribute("pageSize", PAGE_SIZE);
        return HISTORY_VIEW;
    }
}
