package org.sendplan.submission.pack;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.sendplan.plan.document.PlanDocument;
import org.sendplan.validation.Finding;

/**
 * Everything the pack is made from, frozen at submission.
 *
 * @param planJson canonical {@code sendplan/v1} JSON bytes, written as {@code plan.json} verbatim
 * @param contentHash lower-case hex SHA-256 of {@code planJson}: the hash every signatory signed
 * @param warnings the validation findings that remained at submission (warnings only)
 */
public record PackContent(long planId, String partnershipName, String laName, String icbName, PlanDocument document,
        byte[] planJson, String contentHash, List<Finding> warnings, List<SignatureLine> signatures,
        List<AttachmentFile> attachments, Instant generatedAt, String serviceVersion) {

    public PackContent {
        Objects.requireNonNull(partnershipName, "partnershipName");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(planJson, "planJson");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(serviceVersion, "serviceVersion");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
