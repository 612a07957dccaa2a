package org.sendplan.plan.authoring;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.attachments.AttachmentContent.CheckedFile;
import org.sendplan.plan.attachments.AttachmentRejectedException;
import org.sendplan.plan.attachments.AttachmentService;
import org.sendplan.plan.document.AttachmentSlot;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One attachment slot of a plan: see the file, download it, add or replace it, remove it. The
 * Q2, Q5, Q6 and Q14 pages link here for their supporting files; Q4 and Q13 have the same
 * controls on their own section pages.
 */
@Controller
class AttachmentController {

    static final String ATTACHMENT_VIEW = "plan/attachment";

    private final PlanAccess access;
    private final AttachmentService attachments;
    private final MessageSource messages;

    AttachmentController(PlanAccess access, AttachmentService attachments, MessageSource messages) {
        this.access = access;
        this.attachments = attachments;
        this.messages = messages;
    }

    static String attachmentUrl(long planId, AttachmentSlot slot) {
        return "/plans/" + planId + "/attachments/" + slot.name();
    }

    @GetMapping("/plans/{planId}/attachments/{slotName}")
    String showAttachment(@PathVariable long planId, @PathVariable String slotName,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        AttachmentSlot slot = AttachmentUploads.slot(planId, slotName);
        PlanSummary plan = access.readable(planId, user);
        List<FormError> errors = model.getAttribute(AttachmentUploads.ERROR_FLASH) instanceof String reason
                ? List.of(AttachmentUploads.error(messages, slot, reason))
                : List.of();
        return page(model, plan, slot, access.isEditor(plan, user) && plan.status().isEditable(), errors);
    }

    /**
     * Refusals come back to the page through a redirect, as they do for files over the multipart
     * limit: the page has no other input to keep, and the address bar never shows the upload
     * address with its CSRF token.
     */
    @PostMapping("/plans/{planId}/attachments/{slotName}")
    String uploadAttachment(@PathVariable long planId, @PathVariable String slotName,
            @RequestParam(name = AttachmentUploads.FILE_PARAMETER, required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        AttachmentSlot slot = AttachmentUploads.slot(planId, slotName);
        access.editable(planId, user);
        if (!AttachmentUploads.chosen(file)) {
            redirect.addFlashAttribute(AttachmentUploads.ERROR_FLASH, "NO_FILE");
            return "redirect:" + attachmentUrl(planId, slot);
        }
        try {
            CheckedFile checked = AttachmentUploads.check(file);
            attachments.store(planId, user, slot, checked, null);
            redirect.addFlashAttribute(AttachmentUploads.UPLOADED_FLASH, checked.filename());
        } catch (AttachmentRejectedException rejected) {
            redirect.addFlashAttribute(AttachmentUploads.ERROR_FLASH, rejected.reason().name());
        }
        return "redirect:" + attachmentUrl(planId, slot);
    }

    @PostMapping("/plans/{planId}/attachments/{slotName}/remove")
    String removeAttachment(@PathVariable long planId, @PathVariable String slotName,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        AttachmentSlot slot = AttachmentUploads.slot(planId, slotName);
        access.editable(planId, user);
        attachments.find(planId, slot).ifPresent(removed -> {
            attachments.remove(planId, user, slot, null);
            redirect.addFlashAttribute(AttachmentUploads.REMOVED_FLASH, removed.filename());
        });
        return "redirect:" + attachmentUrl(planId, slot);
    }

    /**
     * The file as uploaded, always as a download (never shown inline) under its stored type, so a
     * browser cannot be talked into treating it as a page of this service.
     */
    @GetMapping("/plans/{planId}/attachments/{slotName}/download")
    void downloadAttachment(@PathVariable long planId, @PathVariable String slotName,
            @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) {
        AttachmentSlot slot = AttachmentUploads.slot(planId, slotName);
        boolean found = attachments.download(planId, user, slot, attachment -> {
            response.setContentType(attachment.contentType());
            response.setContentLengthLong(attachment.sizeBytes());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(attachment.filename(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            return response.getOutputStream();
        });
        if (!found) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(Model model, PlanSummary plan, AttachmentSlot slot, boolean editable, List<FormError> errors) {
        PlanSection section = AttachmentService.sectionOf(slot).orElseThrow();
        model.addAttribute("plan", plan);
        model.addAttribute("slot", slot);
        model.addAttribute("fileFieldId", AttachmentUploads.fieldId(slot));
        model.addAttribute("section", section);
        model.addAttribute("sectionUrl", PlanLinks.section(plan.id(), section));
        model.addAttribute("attachment", attachments.find(plan.id(), slot).orElse(null));
        model.addAttribute("editable", editable);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", SectionPageSupport.fieldErrors(errors));
        return ATTACHMENT_VIEW;
    }
}
