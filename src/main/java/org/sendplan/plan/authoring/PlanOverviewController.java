package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.EnumSet;
import java.util.Set;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanQueries;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.SectionCompletionCheck;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.SectionStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan overview: the Annex A task list with each section's status. */
@Controller
class PlanOverviewController {

    static final String OVERVIEW_VIEW = "plan/overview";
    static final String CHECK_ANSWERS_VIEW = "plan/check-answers";

    private final PlanQueries plans;
    private final PlanAccess access;
    private final PlanDocumentReader reader;
    private final SectionCompletionCheck checks;
    private final Set<PlanSection> sectionsWithPages = EnumSet.noneOf(PlanSection.class);

    PlanOverviewController(PlanQueries plans, PlanAccess access, PlanDocumentReader reader,
            SectionCompletionCheck checks, List<SectionPage> pages) {
        this.plans = plans;
        this.checks = checks;
        this.access = access;
        this.reader = reader;
        pages.forEach(page -> sectionsWithPages.addAll(page.sections()));
    }

    record TaskItem(PlanSection section, SectionStatus status, String href, long blockingCount) {
    }

    record TaskGroup(String key, List<TaskItem> items) {
    }

    @GetMapping("/plans/{planId}")
    String showOverview(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        Map<PlanSection, SectionStatus> statuses = plans.sectionStatuses(planId);
        Map<PlanSection, Long> blocking = checks.blockingCounts(reader.read(planId));
        Map<PlanSection.Group, List<TaskItem>> grouped = new LinkedHashMap<>();
        statuses.forEach((section, status) -> grouped.computeIfAbsent(section.group(), g -> new ArrayList<>())
                .add(new TaskItem(section, status,
                        sectionsWithPages.contains(section) ? PlanLinks.section(planId, section) : null,
                        // A section nobody has started would only repeat "not started" in other words.
                        status == SectionStatus.NOT_STARTED ? 0L : blocking.getOrDefault(section, 0L))));
        List<TaskGroup> groups = grouped.entrySet().stream()
                .map(entry -> new TaskGroup(entry.getKey().key(), entry.getValue()))
                .toList();
        long completed = statuses.values().stream().filter(SectionStatus.COMPLETED::equals).count();
        model.addAttribute("plan", plan);
        model.addAttribute("groups", groups);
        model.addAttribute("completedCount", completed);
        model.addAttribute("totalCount", statuses.size());
        return OVERVIEW_VIEW;
    }

    record AnswersSection(PlanSection section, SectionStatus status, String answersTemplate) {
    }

    /** The whole plan as summary lists, each section with links back to change it. */
    @GetMapping("/plans/{planId}/check-answers")
    String showCheckAnswers(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        Map<PlanSection, SectionStatus> statuses = plans.sectionStatuses(planId);
        List<AnswersSection> sections = new ArrayList<>();
        statuses.forEach((section, status) -> {
            if (sectionsWithPages.contains(section)) {
                sections.add(new AnswersSection(section, status, SectionPageSupport.answersTemplate(section)));
            }
        });
        model.addAttribute("plan", plan);
        model.addAttribute("document", reader.read(planId));
        model.addAttribute("sections", sections);
        model.addAttribute("changeLinks", access.isEditor(plan, user) && plan.status().isEditable());
        return CHECK_ANSWERS_VIEW;
    }
}
