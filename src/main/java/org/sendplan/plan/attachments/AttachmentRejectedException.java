package org.sendplan.plan.attachments;

/** An uploaded file the plan cannot take; {@link #reason()} says which message to show. */
public class AttachmentRejectedException extends RuntimeException {

    public enum Reason {
        /** The file has no content. */
        EMPTY,
        /** The file is over {@link AttachmentContent#MAX_BYTES}. */
        TOO_LARGE,
        /** The content is not a PDF, DOCX, XLSX, PNG or JPEG, whatever its name says. */
        NOT_ALLOWED_TYPE
    }

    private final Reason reason;

    public AttachmentRejectedException(Reason reason) {
        super("Attachment refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
