package org.sendplan.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanStatus;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The adviser dashboard (Department users only, see the security configuration): each
 * partnership in the user's scope with where its current plan stands. Sorting and filtering are
 * GET parameters of an ordinary form, so they work without JavaScript and can be bookmarked.
 */
@Controller
class DashboardController {

    static final String DASHBOARD_VIEW = "dashboard/dashboard";
    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Dashboard dashboard;
    private final MessageSource messages;

    DashboardController(Dashboard dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    /** One choice of a select: its value and label. */
    record Option(String value, String label) {
    }

    @GetMapping("/dashboard")
    String showDashboard(@RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "sort", required = false) String sort, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        PlanStatus statusFilter = Arrays.stream(PlanStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        Dashboard.Sort order = Arrays.stream(Dashboard.Sort.values())
                .filter(s -> s.name().equalsIgnoreCase(sort)).findFirst().orElse(Dashboard.Sort.PARTNERSHIP);
        model.addAttribute("rows", dashboard.rows(user.getId(), statusFilter, order));
        model.addAttribute("statusOptions", Arrays.stream(PlanStatus.values())
                .map(s -> new Option(s.name(), message("plan.status." + s.name()))).toList());
        model.addAttribute("sortOptions", Arrays.stream(Dashboard.Sort.values())
                .map(s -> new Option(s.name().toLowerCase(Locale.ROOT),
                        message("dashboard.sort." + s.name().toLowerCase(Locale.ROOT))))
                .toList());
        model.addAttribute("status", statusFilter);
        model.addAttribute("sort", order.name().toLowerCase(Locale.ROOT));
        model.addAttribute("sections", Dashboard.SECTIONS);
        model.addAttribute("dateFormat", UK_DATE);
        model.addAttribute("timeFormat", UK_TIME);
        return DASHBOARD_VIEW;
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
