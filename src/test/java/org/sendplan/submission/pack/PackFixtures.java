package org.sendplan.submission.pack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Attachment;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Severity;

import tools.jackson.databind.json.JsonMapper;

/** Pack content built in code around a plan document, as the submission service would freeze it. */
public final class PackFixtures {

    /** 14:05 in London: December is GMT. */
    public static final Instant GENERATED_AT = Instant.parse("2026-12-03T14:05:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PackFixtures() {
    }

    public static PackContent content(PlanDocument document) {
        List<AttachmentFile> files = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        for (Attachment attachment : document.attachments()) {
            byte[] bytes = ("Contents of " + attachment.filename()).getBytes(StandardCharsets.UTF_8);
            String sha256 = Sha256.hex(bytes);
            files.add(new AttachmentFile(attachment.slot(), attachment.filename(), sha256, bytes));
            attachments.add(new Attachment(attachment.slot(), attachment.filename(), sha256));
        }
        PlanDocument signed = new PlanDocument(document.format(), document.planYear(), document.header(),
                document.signatories(), document.narratives(), document.blueprint(), document.roadmap(),
                document.deliveryPlan(), document.funding(), document.risks(), document.governance(),
                document.coreRequirements(), attachments);
        byte[] planJson = JSON.writeValueAsBytes(signed);
        String contentHash = Sha256.hex(planJson);
        List<SignatureLine> signatures = new ArrayList<>();
        int minutes = 0;
        for (Signatory signatory : signed.signatories()) {
            signatures.add(new SignatureLine(signatory.role(), signatory.name(), signatory.email(),
                    signatory.jobTitle(), GENERATED_AT.minus(Duration.ofDays(2)).plus(Duration.ofMinutes(minutes++)),
                    contentHash));
        }
        List<Finding> warnings = List.of(
                new Finding("BASELINE-SPEND-FALLS", Severity.WARNING, "$.funding.baselineServiceSpend[1]",
                        "Spend on OT falls from £400,000.00 to £390,000.00"),
                new Finding("QUARTER-MILESTONE", Severity.WARNING, "$.deliveryPlan[2].quarters.Q4",
                        "Workstream 3 has no milestone for Q4"));
        return new PackContent(42L, "Northshire", signed.header().localAuthority(),
                signed.header().integratedCareBoard(), signed, planJson, contentHash, warnings, signatures, files,
                GENERATED_AT, "0.1.0-test");
    }

    public static PackContent withWarnings(PackContent content, List<Finding> warnings) {
        return new PackContent(content.planId(), content.partnershipName(), content.laName(), content.icbName(),
                content.document(), content.planJson(), content.contentHash(), warnings, content.signatures(),
                content.attachments(), content.generatedAt(), content.serviceVersion());
    }

}
