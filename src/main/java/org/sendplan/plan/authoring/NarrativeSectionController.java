package org.sendplan.plan.authoring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.PlanNotFoundException;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocument;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The free-text sections: executive summary, Q1, Q3, Q7, Q8 (two answers), Q9, Q11, Q12 and Q15.
 * Text over the word limit is saved as typed and flagged; it only stops the section being marked
 * completed. With JavaScript, answers also save themselves as the user types.
 */
@Controller
class NarrativeSectionController implements SectionPage {

    static final String NARRATIVE_VIEW = "plan/sections/narrative";
    /** Far above any limit: only here to stop abuse, never to cut an honest answer. */
    static final int MAX_CHARACTERS = 100_000;

    private static final Set<PlanSection> SECTIONS = EnumSet.copyOf(Arrays.stream(PlanSection.values())
            .filter(section -> !SectionParts.narratives(section).isEmpty()).toList());

    private final SectionPageSupport pages;

    NarrativeSectionController(SectionPageSupport pages) {
        this.pages = pages;
    }

    @Override
    public Set<PlanSection> sections() {
        return SECTIONS;
    }

    @GetMapping("/plans/{planId}/sections/{slug}")
    String showNarratives(@PathVariable long planId, @PathVariable String slug,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanSection section = section(planId, slug);
        PlanDocument document = pages.show(planId, section, user, model);
        model.addAttribute("document", document);
        model.addAttribute("texts", texts(section, document.narratives()));
        addAutosave(model, planId, section);
        return NARRATIVE_VIEW;
    }

    @PostMapping("/plans/{planId}/sections/{slug}")
    String saveNarratives(@PathVariable long planId, @PathVariable String slug, @RequestParam long version,
            @RequestParam(required = false) String action, @RequestParam(required = false) String completed,
            @RequestParam Map<String, String> parameters, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        PlanSection section = section(planId, slug);
        PlanSummary plan = pages.editable(planId, user);
        Map<NarrativeKey, String> texts = submitted(section, parameters);
        boolean markCompleted = "yes".equals(completed);
        List<FormError> errors = texts.entrySet().stream()
                .filter(entry -> entry.getValue().length() > MAX_CHARACTERS)
                .map(entry -> new FormError("narratives-" + entry.getKey().name(), "This answer is too long to save"))
                .toList();
        String next = errors.isEmpty()
                ? pages.save(plan, user, section, version, action, markCompleted, doc -> doc.withNarratives(texts),
                        model, redirect)
                : null;
        if (next != null) {
            return next;
        }
        if (!errors.isEmpty()) {
            pages.invalid(model, plan, section, version, markCompleted, errors);
        }
        model.addAttribute("texts", texts);
        addAutosave(model, planId, section);
        return NARRATIVE_VIEW;
    }

    /** Autosave for JavaScript: saves the text only (never the completion), answers the new version or 409. */
    @PostMapping("/plans/{planId}/sections/{slug}/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long planId, @PathVariable String slug,
            @RequestParam long version, @RequestParam Map<String, String> parameters,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        PlanSection section = section(planId, slug);
        PlanSummary plan = pages.editable(planId, user);
        Map<NarrativeKey, String> texts = submitted(section, parameters);
        if (texts.values().stream().anyMatch(text -> text.length() > MAX_CHARACTERS)) {
            return ResponseEntity.badRequest().body(Map.of("saved", false));
        }
        SectionEditor.Outcome outcome = pages.autosave(plan, user, section, version, doc -> doc.withNarratives(texts));
        if (outcome instanceof SectionEditor.Saved saved) {
            return ResponseEntity.ok(Map.of("saved", true, "version", saved.version()));
        }
        return ResponseEntity.status(409).body(Map.of("saved", false));
    }

    private PlanSection section(long planId, String slug) {
        return SECTIONS.stream().filter(section -> section.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new PlanNotFoundException(planId));
    }

    private static Map<NarrativeKey, String> texts(PlanSection section, Map<NarrativeKey, String> narratives) {
        Map<NarrativeKey, String> texts = new LinkedHashMap<>();
        SectionParts.narratives(section).forEach(key -> texts.put(key, narratives.getOrDefault(key, "")));
        return texts;
    }

    private static Map<NarrativeKey, String> submitted(PlanSection section, Map<String, String> parameters) {
        Map<NarrativeKey, String> texts = new LinkedHashMap<>();
        SectionParts.narratives(section).forEach(key -> texts.put(key,
                normaliseNewlines(parameters.getOrDefault("narratives-" + key.name(), ""))));
        return texts;
    }

    /** Browsers submit CRLF; the stored text uses LF so word counts and hashes do not depend on the browser. */
    private static String normaliseNewlines(String text) {
        return text.replace("\r\n", "\n");
    }

    private static void addAutosave(Model model, long planId, PlanSection section) {
        if (Boolean.TRUE.equals(model.getAttribute("editable"))) {
            model.addAttribute("autosaveUrl", PlanLinks.section(planId, section) + "/autosave");
        }
    }
}
