package org.sendplan.plan.attachments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.sendplan.plan.document.AttachmentSlot;

/** A file attached to a plan, without its content. {@code uploadedBy} is the uploader's display name. */
public record StoredAttachment(AttachmentSlot slot, String filename, String contentType, long sizeBytes,
        String sha256, Instant uploadedAt, String uploadedBy) {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * KILOBYTE;
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** Whether the size reads better in KB than in MB. */
    public boolean underOneMegabyte() {
        return sizeBytes < MEGABYTE;
    }

    /** Whole kilobytes, rounded up so a tiny file never shows as 0KB. */
    public long kilobytes() {
        return Math.max(1, (sizeBytes + KILOBYTE - 1) / KILOBYTE);
    }

    /** Megabytes to one decimal place, without a trailing ".0" (1.5, 20). */
    public String megabytes() {
        return BigDecimal.valueOf(sizeBytes).divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** When it was uploaded, in UK time as GOV.UK writes it (5 June 2026 at 2:15pm). */
    public String uploadedAtText() {
        return UK_TIME.format(uploadedAt).replace("AM", "am").replace("PM", "pm");
    }
}
