package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.CoreRequirementId;
import org.sendplan.plan.document.CoreRequirementSection;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the plan meets each of the 41 core minimum requirements: the sections that show it and how.
 * Row {@code i} of the page is requirement {@code i} of {@link CoreRequirementId}, the same index as in
 * the saved document, so the CORE-REQUIREMENTS finding for {@code $.coreRequirements[i]} links to it.
 * Unmapped requirements are saved and only stop the section being marked completed.
 */
@Controller
class CoreRequirementsSectionController implements SectionPage {

    static final String CORE_REQUIREMENTS_VIEW = "plan/sections/core-requirements";
    static final PlanSection SECTION = PlanSection.CORE_REQUIREMENTS;
    /** Far above any honest answer: only here to stop abuse. */
    static final int MAX_EVIDENCE = 100_000;
    /** The section options, in three columns so seventeen small checkboxes stay compact. */
    static final List<List<CoreRequirementSection>> SECTION_COLUMNS = columns(CoreRequirementSection.values(), 3);

    private static final CoreRequirementId[] IDS = CoreRequirementId.values();

    private final SectionPageSupport pages;
    private final MessageSource messages;

    CoreRequirementsSectionController(SectionPageSupport pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    /** One requirement on the page: its index in the document, its id and what the user has given. */
    record Item(int index, CoreRequirementId id, CoreRequirementsForm.Row row) {
    }

    /** The requirements of one group (e.g. {@code EAH}), in order. */
    record Group(String key, List<Item> items) {

        public long mappedCount() {
            return items.stream().filter(item -> item.row().getMapping() == CoreRequirementsForm.Row.Mapping.MAPPED)
                    .count();
        }
    }

    @Override
    public Set<PlanSection> sections() {
        return Set.of(SECTION);
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("planId", "partnershipId", "id");
    }

    @GetMapping("/plans/{planId}/sections/core-requirements")
    String showCoreRequirements(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanDocument document = pages.show(planId, SECTION, user, model);
        model.addAttribute("document", document);
        addForm(model, formOf(document));
        return CORE_REQUIREMENTS_VIEW;
    }

    @PostMapping("/plans/{planId}/sections/core-requirements")
    String saveCoreRequirements(@PathVariable long planId, @ModelAttribute("form") CoreRequirementsForm form,
            @RequestParam long version, @RequestParam(required = false) String action,
            @RequestParam(required = false) String completed, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        PlanSummary plan = pages.editable(planId, user);
        boolean markCompleted = "yes".equals(completed);
        form.setCoreRequirements(normaliseRows(form.getCoreRequirements()));
        List<FormError> errors = check(form);
        if (!errors.isEmpty()) {
            pages.invalid(model, plan, SECTION, version, markCompleted, errors);
            addForm(model, form);
            return CORE_REQUIREMENTS_VIEW;
        }
        List<CoreRequirement> requirements = requirements(form);
        String next = pages.save(plan, user, SECTION, version, action, markCompleted,
                doc -> doc.withCoreRequirements(requirements), model, redirect);
        if (next != null) {
            return next;
        }
        addForm(model, form);
        return CORE_REQUIREMENTS_VIEW;
    }

    static CoreRequirementsForm formOf(PlanDocument document) {
        CoreRequirementsForm form = new CoreRequirementsForm();
        List<CoreRequirementsForm.Row> rows = new ArrayList<>();
        for (CoreRequirement requirement : document.coreRequirements()) {
            rows.add(new CoreRequirementsForm.Row(requirement.sections().stream().map(Enum::name).toList(),
                    requirement.evidence()));
        }
        form.setCoreRequirements(rows);
        return form;
    }

    /** Exactly one row per requirement, whatever was posted. */
    private static List<CoreRequirementsForm.Row> normaliseRows(List<CoreRequirementsForm.Row> posted) {
        List<CoreRequirementsForm.Row> rows = new ArrayList<>(IDS.length);
        for (int i = 0; i < IDS.length; i++) {
            CoreRequirementsForm.Row row = i < posted.size() ? posted.get(i) : null;
            rows.add(row == null ? new CoreRequirementsForm.Row() : row);
        }
        return rows;
    }

    private List<FormError> check(CoreRequirementsForm form) {
        List<FormError> errors = new ArrayList<>();
        List<CoreRequirementsForm.Row> rows = form.getCoreRequirements();
        for (int i = 0; i < rows.size(); i++) {
            CoreRequirementsForm.Row row = rows.get(i);
            String code = IDS[i].code();
            if (row.getSections().stream().anyMatch(name -> section(name) == null)) {
                errors.add(new FormError("coreRequirements-" + i + "-sections",
                        message("coreRequirements.error.unknownSection", code)));
            }
            String evidence = row.getEvidence();
            if (evidence != null && evidence.length() > MAX_EVIDENCE) {
                errors.add(new FormError("coreRequirements-" + i + "-evidence",
                        message("coreRequirements.error.evidenceTooLong", code)));
            }
        }
        return errors;
    }

    private static List<CoreRequirement> requirements(CoreRequirementsForm form) {
        List<CoreRequirement> requirements = new ArrayList<>(IDS.length);
        for (int i = 0; i < IDS.length; i++) {
            CoreRequirementsForm.Row row = form.getCoreRequirements().get(i);
            Set<CoreRequirementSection> sections = EnumSet.noneOf(CoreRequirementSection.class);
            row.getSections().forEach(name -> sections.add(section(name)));
            requirements.add(new CoreRequirement(IDS[i], List.copyOf(sections), evidence(row.getEvidence())));
        }
        return requirements;
    }

    private static CoreRequirementSection section(String name) {
        return Arrays.stream(CoreRequirementSection.values()).filter(section -> section.name().equals(name))
                .findFirst().orElse(null);
    }

    /** Browsers submit CRLF; stored text uses LF so hashes do not depend on the browser. */
    private static String evidence(String typed) {
        return typed == null ? null : typed.replace("\u0000", "").replace("\r\n", "\n");
    }

    private static List<Group> groups(CoreRequirementsForm form) {
        Map<String, List<Item>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < IDS.length; i++) {
            byGroup.computeIfAbsent(IDS[i].group(), key -> new ArrayList<>())
                    .add(new Item(i, IDS[i], form.getCoreRequirements().get(i)));
        }
        return byGroup.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue())).toList();
    }

    private static <T> List<List<T>> columns(T[] values, int count) {
        int perColumn = (values.length + count - 1) / count;
        List<List<T>> columns = new ArrayList<>();
        for (int start = 0; start < values.length; start += perColumn) {
            columns.add(List.of(Arrays.copyOfRange(values, start, Math.min(values.length, start + perColumn))));
        }
        return columns;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static void addForm(Model model, CoreRequirementsForm form) {
        model.addAttribute("form", form);
        model.addAttribute("groups", groups(form));
        model.addAttribute("sectionColumns", SECTION_COLUMNS);
    }
}
