package org.sendplan.plan.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.PlanNotFoundException;
import org.sendplan.plan.attachments.AttachmentContent;
import org.sendplan.plan.attachments.AttachmentContent.CheckedFile;
import org.sendplan.plan.attachments.AttachmentRejectedException;
import org.sendplan.plan.attachments.AttachmentRejectedException.Reason;
import org.sendplan.plan.attachments.AttachmentService;
import org.sendplan.plan.document.AttachmentSlot;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/** What the attachment page and the Q4 and Q13 section pages share about a file upload. */
final class AttachmentUploads {

    /** The multipart field holding the file (the file input in fragments/attachment.html has this name). */
    static final String FILE_PARAMETER = "file";
    /** Flash attributes: why an upload was refused (an error key for {@link #error}), and what changed. */
    static final String ERROR_FLASH = "attachmentError";
    static final String UPLOADED_FLASH = "attachmentUploaded";
    static final String REMOVED_FLASH = "attachmentRemoved";

    private AttachmentUploads() {
    }

    /** A browser sends an empty part with no name when no file was chosen. */
    static boolean chosen(MultipartFile file) {
        return file != null && (StringUtils.hasText(file.getOriginalFilename()) || !file.isEmpty());
    }

    /** The file's bytes checked; throws {@link AttachmentRejectedException} with the reason it cannot be taken. */
    static CheckedFile check(MultipartFile file) {
        if (file.getSize() > AttachmentContent.MAX_BYTES) {
            throw new AttachmentRejectedException(Reason.TOO_LARGE);
        }
        try (InputStream content = file.getInputStream()) {
            return AttachmentContent.check(file.getOriginalFilename(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file input's id, as PlanLinks.fieldId derives it from the ATTACHMENTS-REQUIRED path {@code $.attachments.SLOT}. */
    static String fieldId(AttachmentSlot slot) {
        return PlanLinks.fieldId("$.attachments." + slot.name());
    }

    /** The message for a refusal: {@code NO_FILE}, {@code CONFLICT} or a {@link Reason} name. */
    static FormError error(MessageSource messages, AttachmentSlot slot, String reason) {
        return new FormError(fieldId(slot),
                messages.getMessage("attachment.error." + reason, null, LocaleContextHolder.getLocale()));
    }

    /** A slot named in a URL that has a page: unknown slots and OTHER answer 404 like an unknown plan. */
    static AttachmentSlot slot(long planId, String name) {
        return Arrays.stream(AttachmentSlot.values())
                .filter(slot -> slot.name().equals(name))
                .filter(slot -> AttachmentService.sectionOf(slot).isPresent())
                .findFirst()
                .orElseThrow(() -> new PlanNotFoundException(planId));
    }
}
