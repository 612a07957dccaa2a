package org.sendplan.submission.pack;

import java.util.Objects;

import org.sendplan.plan.document.AttachmentSlot;

/** An uploaded file with the SHA-256 (lower-case hex) recorded for it in the plan. */
public record AttachmentFile(AttachmentSlot slot, String filename, String sha256, byte[] content) {

    public AttachmentFile {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }
}
