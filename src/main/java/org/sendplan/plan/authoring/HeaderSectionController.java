package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sendplan.account.CurrentUser;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.authoring.HeaderForm.SignatoryRow;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Header;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.plan.document.PlanDocument.Sro;
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
 * The Annex A header: the local authority and ICB, the senior responsible owner, and who signs the
 * plan off. The five required signatory roles are always the first five rows, in a fixed order, so
 * their field ids never move; additional signatories follow and are added and removed without
 * JavaScript. Missing answers are saved and only stop the section being marked completed; only input
 * that cannot be stored (a malformed email address, overlong text, an incomplete additional
 * signatory) is refused.
 */
@Controller
class HeaderSectionController implements SectionPage {

    static final String HEADER_VIEW = "plan/sections/header";
    static final PlanSection SECTION = PlanSection.HEADER;

    /** The required sign-off roles, in the order the page and the saved document list them. */
    static final List<SignatoryRole> REQUIRED = Arrays.stream(SignatoryRole.values())
            .filter(SignatoryRole::isRequired).toList();
    static final int MAX_ADDITIONAL = 20;
    static final int NAME_LENGTH = 200;
    static final int EMAIL_LENGTH = 254;

    /** Something@something.something, without spaces: catches typing slips without rejecting real addresses. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final String ADD = "add-signatory";
    private static final String REMOVE = "remove-signatory-";

    private final SectionPageSupport pages;
    private final MessageSource messages;

    HeaderSectionController(SectionPageSupport pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @Override
    public Set<PlanSection> sections() {
        return Set.of(SECTION);
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("planId", "partnershipId", "id");
    }

    @GetMapping("/plans/{planId}/sections/header")
    String showHeader(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanDocument document = pages.show(planId, SECTION, user, model);
        model.addAttribute("document", document);
        addForm(model, formOf(document, (PlanSummary) model.getAttribute("plan")));
        return HEADER_VIEW;
    }

    @PostMapping("/plans/{planId}/sections/header")
    String saveHeader(@PathVariable long planId, @ModelAttribute("form") HeaderForm form, @RequestParam long version,
            @RequestParam(required = false) String action, @RequestParam(required = false) String completed,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        PlanSummary plan = pages.editable(planId, user);
        boolean markCompleted = "yes".equals(completed);
        List<SignatoryRow> rows = normaliseRows(form.getSignatories());
        form.setSignatories(rows);

        boolean add = ADD.equals(action);
        if (add || (action != null && action.startsWith(REMOVE))) {
            int index = add ? -1 : parseIndex(action.substring(REMOVE.length()));
            if (add && rows.size() < REQUIRED.size() + MAX_ADDITIONAL) {
                rows.add(new SignatoryRow(SignatoryRole.OTHER.name(), null, null, null));
            }
            else if (index >= REQUIRED.size() && index < rows.size()) {
                rows.remove(index);
            }
            pages.invalid(model, plan, SECTION, version, markCompleted, List.of());
            addForm(model, form);
            return HEADER_VIEW;
        }

        // A blank additional row carries nothing; dropping it before checking keeps field ids in step.
        rows.subList(REQUIRED.size(), rows.size()).removeIf(SignatoryRow::isBlank);
        List<FormError> errors = check(form);
        if (!errors.isEmpty()) {
            pages.invalid(model, plan, SECTION, version, markCompleted, errors);
            addForm(model, form);
            return HEADER_VIEW;
        }
        Header header = header(form);
        List<Signatory> signatories = signatories(rows);
        String next = pages.save(plan, user, SECTION, version, action, markCompleted,
                doc -> doc.withHeader(header, signatories), model, redirect);
        if (next != null) {
            return next;
        }
        addForm(model, form);
        return HEADER_VIEW;
    }

    /** The form for a saved document: the required roles first (the first row of each), then the rest in order. */
    static HeaderForm formOf(PlanDocument document, PlanSummary plan) {
        HeaderForm form = new HeaderForm();
        Header header = document.header();
        form.setLocalAuthority(header.localAuthority() != null ? header.localAuthority() : plan.laName());
        form.setIntegratedCareBoard(
                header.integratedCareBoard() != null ? header.integratedCareBoard() : plan.icbName());
        form.setSroName(header.sro().name());
        form.setSroJobTitle(header.sro().jobTitle());
        form.setSroEmail(header.sro().email());
        form.setSroOrganisationType(
                header.sro().organisationType() == null ? null : header.sro().organisationType().name());
        List<Signatory> rest = new ArrayList<>(document.signatories());
        List<SignatoryRow> rows = new ArrayList<>();
        for (SignatoryRole role : REQUIRED) {
            Signatory first = rest.stream().filter(signatory -> signatory.role() == role).findFirst().orElse(null);
            rest.remove(first);
            rows.add(first == null ? new SignatoryRow(role.name(), null, null, null) : row(first));
        }
        rest.forEach(signatory -> rows.add(row(signatory)));
        form.setSignatories(rows);
        return form;
    }

    private static SignatoryRow row(Signatory signatory) {
        return new SignatoryRow(signatory.role().name(), signatory.name(), signatory.email(), signatory.jobTitle());
    }

    /** Rows 0 to 4 always hold the required roles whatever was posted; later rows keep their role or are OTHER. */
    private static List<SignatoryRow> normaliseRows(List<SignatoryRow> posted) {
        List<SignatoryRow> rows = new ArrayList<>();
        for (int i = 0; i < posted.size() || i < REQUIRED.size(); i++) {
            SignatoryRow row = i < posted.size() && posted.get(i) != null ? posted.get(i) : new SignatoryRow();
            if (i < REQUIRED.size()) {
                row.setRole(REQUIRED.get(i).name());
            }
            else {
                row.setRole(additionalRole(row.getRole()).name());
            }
            rows.add(row);
        }
        return rows;
    }

    private static SignatoryRole additionalRole(String posted) {
        return Arrays.stream(SignatoryRole.values()).filter(role -> role.name().equals(posted)).findFirst()
                .orElse(SignatoryRole.OTHER);
    }

    private List<FormError> check(HeaderForm form) {
        List<FormError> errors = new ArrayList<>();
        tooLong(errors, "header-localAuthority", form.getLocalAuthority(), NAME_LENGTH, "localAuthority");
        tooLong(errors, "header-integratedCareBoard", form.getIntegratedCareBoard(), NAME_LENGTH,
                "integratedCareBoard");
        tooLong(errors, "header-sro-name", form.getSroName(), NAME_LENGTH, "name");
        tooLong(errors, "header-sro-jobTitle", form.getSroJobTitle(), NAME_LENGTH, "jobTitle");
        email(errors, "header-sro-email", form.getSroEmail());
        if (clean(form.getSroOrganisationType()) != null && organisationType(form.getSroOrganisationType()) == null) {
            errors.add(new FormError("header-sro-organisationType", message("header.error.organisationType")));
        }
        List<SignatoryRow> rows = form.getSignatories();
        for (int i = 0; i < rows.size(); i++) {
            SignatoryRow row = rows.get(i);
            String id = "signatories-" + i + "-";
            boolean additional = i >= REQUIRED.size();
            int number = i - REQUIRED.size() + 1;
            if (additional && clean(row.getName()) == null) {
                errors.add(new FormError(id + "name", message("header.error.additional.name", number)));
            }
            tooLong(errors, id + "name", row.getName(), NAME_LENGTH, "name");
            if (additional && clean(row.getEmail()) == null) {
                errors.add(new FormError(id + "email", message("header.error.additional.email", number)));
            }
            email(errors, id + "email", row.getEmail());
            if (additional && clean(row.getJobTitle()) == null) {
                errors.add(new FormError(id + "jobTitle", message("header.error.additional.jobTitle", number)));
            }
            tooLong(errors, id + "jobTitle", row.getJobTitle(), NAME_LENGTH, "jobTitle");
        }
        return errors;
    }

    private void tooLong(List<FormError> errors, String fieldId, String value, int max, String field) {
        String text = clean(value);
        if (text != null && text.codePointCount(0, text.length()) > max) {
            errors.add(new FormError(fieldId, message("header.error.tooLong." + field, max)));
        }
    }

    private void email(List<FormError> errors, String fieldId, String value) {
        String text = clean(value);
        if (text == null) {
            return;
        }
        if (text.length() > EMAIL_LENGTH) {
            errors.add(new FormError(fieldId, message("header.error.tooLong.email", EMAIL_LENGTH)));
        }
        else if (!EMAIL.matcher(text).matches()) {
            errors.add(new FormError(fieldId, message("header.error.email")));
        }
    }

    private static Header header(HeaderForm form) {
        return new Header(clean(form.getLocalAuthority()), clean(form.getIntegratedCareBoard()),
                new Sro(clean(form.getSroName()), clean(form.getSroJobTitle()), clean(form.getSroEmail()),
                        organisationType(form.getSroOrganisationType())));
    }

    private static List<Signatory> signatories(List<SignatoryRow> rows) {
        return rows.stream().map(row -> new Signatory(SignatoryRole.valueOf(row.getRole()), clean(row.getName()),
                clean(row.getEmail()), clean(row.getJobTitle()))).toList();
    }

    private static OrganisationType organisationType(String value) {
        String name = clean(value);
        return Arrays.stream(OrganisationType.values()).filter(type -> type.name().equals(name)).findFirst()
                .orElse(null);
    }

    /** One-line answers are stored without surrounding spaces; blank means not answered. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\u0000", "").strip();
        return text.isEmpty() ? null : text;
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static void addForm(Model model, HeaderForm form) {
        model.addAttribute("form", form);
        model.addAttribute("requiredCount", REQUIRED.size());
        model.addAttribute("organisationTypes", OrganisationType.values());
        model.addAttribute("canAddSignatory", form.getSignatories().size() < REQUIRED.size() + MAX_ADDITIONAL);
        model.addAttribute("maxAdditional", MAX_ADDITIONAL);
    }
}
