package org.sendplan.plan.authoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.attachments.AttachmentContent.CheckedFile;
import org.sendplan.plan.attachments.AttachmentRejectedException;
import org.sendplan.plan.attachments.AttachmentService;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.PlanDocument;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sections that are one uploaded file: Q4 (the completed maturity assessment tool) and Q13 (the
 * completed data template). One multipart form uploads the file and saves the section, so the file
 * and "I have completed this section" go in one submit and ATTACHMENTS-REQUIRED decides completion.
 */
@Controller
class AttachmentSectionController implements SectionPage {

    static final String ATTACHMENT_SECTION_VIEW = "plan/sections/attachment";
    static final String REMOVE_ACTION = "remove-file";

    static final Set<PlanSection> SECTIONS_WITH_UPLOAD = EnumSet.of(PlanSection.Q4_MATURITY, PlanSection.Q13_DATA_RETURN);

    private final SectionPageSupport pages;
    private final AttachmentService attachments;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    AttachmentSectionController(SectionPageSupport pages, AttachmentService attachments,
            TransactionTemplate transactions, MessageSource messages) {
        this.pages = pages;
        this.attachments = attachments;
        this.transactions = transactions;
        this.messages = messages;
    }

    @Override
    public Set<PlanSection> sections() {
        return SECTIONS_WITH_UPLOAD;
    }

    @GetMapping("/plans/{planId}/sections/q4-maturity")
    String showMaturity(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return show(planId, PlanSection.Q4_MATURITY, user, model);
    }

    @PostMapping("/plans/{planId}/sections/q4-maturity")
    String saveMaturity(@PathVariable long planId, @RequestParam long version,
            @RequestParam(required = false) String action, @RequestParam(required = false) String completed,
            @RequestParam(name = AttachmentUploads.FILE_PARAMETER, required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return save(planId, PlanSection.Q4_MATURITY, version, action, completed, file, user, model, redirect);
    }

    @GetMapping("/plans/{planId}/sections/q13-data-return")
    String showDataReturn(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return show(planId, PlanSection.Q13_DATA_RETURN, user, model);
    }

    @PostMapping("/plans/{planId}/sections/q13-data-return")
    String saveDataReturn(@PathVariable long planId, @RequestParam long version,
            @RequestParam(required = false) String action, @RequestParam(required = false) String completed,
            @RequestParam(name = AttachmentUploads.FILE_PARAMETER, required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return save(planId, PlanSection.Q13_DATA_RETURN, version, action, completed, file, user, model, redirect);
    }

    private String show(long planId, PlanSection section, CurrentUser user, Model model) {
        AttachmentSlot slot = slot(section);
        Object refused = model.getAttribute(AttachmentUploads.ERROR_FLASH);
        PlanDocument document = pages.show(planId, section, user, model);
        model.addAttribute("document", document);
        if (refused instanceof String reason) {
            List<FormError> errors = List.of(AttachmentUploads.error(messages, slot, reason));
            model.addAttribute("errors", errors);
            model.addAttribute("fieldErrors", SectionPageSupport.fieldErrors(errors));
        }
        return view(model, planId, slot);
    }

    private String save(long planId, PlanSection section, long version, String action, String completed,
            MultipartFile file, CurrentUser user, Model model, RedirectAttributes redirect) {
        PlanSummary plan = pages.editable(planId, user);
        AttachmentSlot slot = slot(section);
        boolean markCompleted = "yes".equals(completed);
        if (REMOVE_ACTION.equals(action)) {
            return remove(plan, section, slot, version, markCompleted, user, model, redirect);
        }
        CheckedFile checked = null;
        if (AttachmentUploads.chosen(file)) {
            try {
                checked = AttachmentUploads.check(file);
            } catch (AttachmentRejectedException rejected) {
                pages.invalid(model, plan, section, version, markCompleted,
                        List.of(AttachmentUploads.error(messages, slot, rejected.reason().name())));
                return view(model, planId, slot);
            }
        }
        CheckedFile upload = checked;
        // The file and the section save commit together: the section row stays locked from one to the other.
        String next = transactions.execute(status -> {
            long basedOn = version;
            boolean fileLost = false;
            if (upload != null) {
                AttachmentService.Outcome stored = attachments.store(planId, user, slot, upload, version);
                if (stored instanceof AttachmentService.Saved saved) {
                    basedOn = saved.sectionVersion();
                } else {
                    fileLost = true;
                }
            }
            String redirectTo = pages.save(plan, user, section, basedOn, action, markCompleted, doc -> doc, model,
                    redirect);
            if (fileLost) {
                List<FormError> errors = List.of(AttachmentUploads.error(messages, slot, "CONFLICT"));
                model.addAttribute("errors", errors);
                model.addAttribute("fieldErrors", SectionPageSupport.fieldErrors(errors));
            }
            return redirectTo;
        });
        if (next != null) {
            return next;
        }
        return view(model, planId, slot);
    }

    /** The Remove button of the section form: removes the file and comes back to the page. */
    private String remove(PlanSummary plan, PlanSection section, AttachmentSlot slot, long version,
            boolean markCompleted, CurrentUser user, Model model, RedirectAttributes redirect) {
        String filename = attachments.find(plan.id(), slot).map(found -> found.filename()).orElse(null);
        AttachmentService.Outcome outcome = attachments.remove(plan.id(), user, slot, version);
        if (outcome instanceof AttachmentService.Conflict) {
            // Versions only go up, so saving nothing on the stale version shows the conflict view.
            pages.save(plan, user, section, version, REMOVE_ACTION, markCompleted, doc -> doc, model, redirect);
            return view(model, plan.id(), slot);
        }
        if (filename != null) {
            redirect.addFlashAttribute(AttachmentUploads.REMOVED_FLASH, filename);
        }
        return "redirect:" + PlanLinks.section(plan.id(), section);
    }

    private String view(Model model, long planId, AttachmentSlot slot) {
        model.addAttribute("slot", slot);
        model.addAttribute("fileFieldId", AttachmentUploads.fieldId(slot));
        model.addAttribute("attachment", attachments.find(planId, slot).orElse(null));
        return ATTACHMENT_SECTION_VIEW;
    }

    private static AttachmentSlot slot(PlanSection section) {
        return SectionParts.attachmentSlots(section).get(0);
    }
}
