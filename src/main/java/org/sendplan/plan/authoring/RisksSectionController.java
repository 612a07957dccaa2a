package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.Impact;
import org.sendplan.plan.document.Likelihood;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.Rag;
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
 * Annex A Q10: up to five risks, each rated on the Annex C matrix. The page shows the matrix's RAG
 * for the impact and likelihood chosen (worked out on the server, so it needs no JavaScript) and
 * stores it as the risk's RAG unless the user picks a different rating with a reason. An override
 * without a reason, or a sixth risk arriving through the API, is stored as given and stops the
 * section being completed through the RISK-* rules, not by refusing the save.
 */
@Controller
class RisksSectionController implements SectionPage {

    static final PlanSection SECTION = PlanSection.Q10_RISKS;
    static final String RISKS_VIEW = "plan/sections/q10-risks";
    /** Annex A Q10's limit: the add button goes at five; RISK-COUNT flags more on completion. */
    static final int MAX_RISKS = 5;

    private static final Pattern REMOVE = Pattern.compile("remove-risk-(\\d{1,3})");
    private static final Pattern RATE = Pattern.compile("rate-risk-(\\d{1,3})");

    private final SectionPageSupport pages;
    private final RiskMatrixView matrix;
    private final MessageSource messages;

    RisksSectionController(SectionPageSupport pages, RiskMatrixView matrix, MessageSource messages) {
        this.pages = pages;
        this.matrix = matrix;
        this.messages = messages;
    }

    @Override
    public Set<PlanSection> sections() {
        return Set.of(SECTION);
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("planId", "partnershipId", "id");
    }

    @GetMapping("/plans/{planId}/sections/q10-risks")
    String showRisks(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanDocument document = pages.show(planId, SECTION, user, model);
        model.addAttribute("document", document);
        RisksForm form = RisksForm.from(document.risks(), matrix);
        if (form.getRisks().isEmpty()) {
            form.getRisks().add(new RisksForm.RiskRow());
        }
        return view(model, form);
    }

    @PostMapping("/plans/{planId}/sections/q10-risks")
    String saveRisks(@PathVariable long planId, @RequestParam long version,
            @RequestParam(required = false) String action, @RequestParam(required = false) String completed,
            @ModelAttribute("form") RisksForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        PlanSummary plan = pages.editable(planId, user);
        boolean markCompleted = "yes".equals(completed);
        form.dropMissingRows();
        if (changeRows(form, action)) {
            pages.invalid(model, plan, SECTION, version, markCompleted, List.of());
            return view(model, form);
        }
        form.dropBlankRows();
        List<FormError> errors = new ArrayList<>();
        List<Risk> risks = risks(form, errors);
        if (!errors.isEmpty()) {
            pages.invalid(model, plan, SECTION, version, markCompleted, errors);
            return view(model, form);
        }
        String next = pages.save(plan, user, SECTION, version, action, markCompleted, doc -> doc.withRisks(risks),
                model, redirect);
        return next != null ? next : view(model, form);
    }

    /** Applies an add, remove or "show the matrix rating" button; true when it was one (nothing is saved). */
    private static boolean changeRows(RisksForm form, String action) {
        if (action == null) {
            return false;
        }
        List<RisksForm.RiskRow> rows = form.getRisks();
        if ("add-risk".equals(action)) {
            if (rows.size() < MAX_RISKS) {
                rows.add(new RisksForm.RiskRow());
            }
            return true;
        }
        Matcher remove = REMOVE.matcher(action);
        if (remove.matches()) {
            int index = Integer.parseInt(remove.group(1));
            if (index < rows.size()) {
                rows.remove(index);
            }
            return true;
        }
        return RATE.matcher(action).matches();
    }

    /** The risks to store: the rating is the override when one is chosen, else the matrix's. */
    private List<Risk> risks(RisksForm form, List<FormError> errors) {
        List<Risk> risks = new ArrayList<>();
        List<RisksForm.RiskRow> rows = form.getRisks();
        for (int i = 0; i < rows.size(); i++) {
            RisksForm.RiskRow row = rows.get(i);
            String id = "risks-" + i;
            int number = i + 1;
            String description = TypedValues.text(row.getDescription(), TypedValues.LONG_TEXT, id + "-description",
                    () -> message("risks.error.description.tooLong", number, TypedValues.LONG_TEXT), errors);
            Impact impact = TypedValues.option(Impact.class, row.getImpact(), id + "-impact",
                    () -> message("risks.error.impact.unknown", number), errors);
            Likelihood likelihood = TypedValues.option(Likelihood.class, row.getLikelihood(), id + "-likelihood",
                    () -> message("risks.error.likelihood.unknown", number), errors);
            Rag override = RisksForm.MATRIX.equals(row.getRag()) ? null
                    : TypedValues.option(Rag.class, row.getRag(), id + "-rag",
                            () -> message("risks.error.rag.unknown", number), errors);
            String reason = TypedValues.text(row.getRagOverrideReason(), TypedValues.LONG_TEXT,
                    id + "-ragOverrideReason",
                    () -> message("risks.error.ragOverrideReason.tooLong", number, TypedValues.LONG_TEXT), errors);
            String mitigation = TypedValues.text(row.getMitigation(), TypedValues.LONG_TEXT, id + "-mitigation",
                    () -> message("risks.error.mitigation.tooLong", number, TypedValues.LONG_TEXT), errors);
            Rag residual = TypedValues.option(Rag.class, row.getResidualRag(), id + "-residualRag",
                    () -> message("risks.error.residualRag.unknown", number), errors);
            Rag rag = override != null ? override : matrix.rag(impact, likelihood);
            risks.add(new Risk(description, impact, likelihood, rag, override != null ? reason : null, mitigation,
                    residual));
        }
        return risks;
    }

    private String view(Model model, RisksForm form) {
        List<Risk> placed = form.getRisks().stream()
                .map(row -> new Risk(null, TypedValues.lenientOption(Impact.class, row.getImpact()),
                        TypedValues.lenientOption(Likelihood.class, row.getLikelihood()), null, null, null, null))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("matrixRatings", placed.stream().map(risk -> matrix.rag(risk.impact(), risk.likelihood()))
                .toList());
        model.addAttribute("matrix", matrix.rows(placed));
        model.addAttribute("impacts", Impact.values());
        model.addAttribute("likelihoods", Likelihood.values());
        model.addAttribute("rags", Rag.values());
        model.addAttribute("maxRisks", MAX_RISKS);
        return RISKS_VIEW;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
