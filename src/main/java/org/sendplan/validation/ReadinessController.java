package org.sendplan.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.PlanDocumentReader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Check your plan": everything that stops the plan going to sign-off, and the warnings that will
 * travel with it, grouped by section, each linking to the field it concerns.
 */
@Controller
class ReadinessController {

    static final String READINESS_VIEW = "validation/readiness";

    private final PlanAccess access;
    private final PlanValidator validator;
    private final PlanDocumentReader reader;

    ReadinessController(PlanAccess access, PlanValidator validator, PlanDocumentReader reader) {
        this.access = access;
        this.validator = validator;
        this.reader = reader;
    }

    record Item(String rule, boolean blocking, String message, String href) {
    }

    /** Findings of one section; {@code section} is null for the plan as a whole. */
    record Group(PlanSection section, String href, List<Item> items, long blocking, long warnings) {
    }

    @GetMapping("/plans/{planId}/readiness")
    String showReadiness(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        ValidationResult result = validator.validate(planId);
        Map<PlanSection, List<Item>> bySection = new LinkedHashMap<>();
        List<Item> planWide = new ArrayList<>();
        for (Finding finding : result.findings()) {
            PlanSection section = finding.section().orElse(null);
            Item item = new Item(finding.rule(), finding.severity() == Severity.BLOCKING, finding.message(),
                    section == null ? PlanLinks.overview(planId) : PlanLinks.field(planId, section, finding.path()));
            if (section == null) {
                planWide.add(item);
            }
            else {
                bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(item);
            }
        }
        List<Group> groups = new ArrayList<>();
        bySection.forEach((section, items) -> groups.add(group(section, PlanLinks.section(planId, section), items)));
        if (!planWide.isEmpty()) {
            groups.add(group(null, PlanLinks.overview(planId), planWide));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("valid", result.valid());
        model.addAttribute("blockingCount", result.findings().stream().filter(f -> f.severity() == Severity.BLOCKING).count());
        model.addAttribute("warningCount", result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count());
        model.addAttribute("groups", groups);
        model.addAttribute("funding", org.sendplan.plan.document.FundingSummary.of(reader.read(planId).funding()));
        return READINESS_VIEW;
    }

    private static Group group(PlanSection section, String href, List<Item> items) {
        long blocking = items.stream().filter(Item::blocking).count();
        return new Group(section, href, items, blocking, items.size() - blocking);
    }
}
