package org.sendplan.plan.attachments;

import java.util.List;
import java.util.Locale;

/** The kinds of file a plan accepts, recognised by their content, never by their name. */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final List<String> extensions;

    AttachmentType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The extension given to a file of this type whose name does not already carry one of its own. */
    public String extension() {
        return extensions.get(0);
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    static boolean isKnownExtension(String extension) {
        for (AttachmentType type : values()) {
            if (type.hasExtension(extension)) {
                return true;
            }
        }
        return false;
    }
}
