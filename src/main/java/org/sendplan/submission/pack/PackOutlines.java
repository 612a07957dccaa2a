package org.sendplan.submission.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.CoreRequirementSection;
import org.sendplan.plan.document.FundingSummary;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Attachment;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.BlueprintRow;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.plan.document.PlanDocument.Quarter;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocument.Sro;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.plan.document.RiskMatrix;
import org.sendplan.plan.document.RowKind;
import org.sendplan.validation.Finding;

/** The documents of the pack as outlines: the plan in Annex A order, the certificate and the report. */
final class PackOutlines {

    private PackOutlines() {
    }

    static String planTitle(PackContent content) {
        return content.partnershipName() + " Local SEND Reform Plan " + content.document().planYear();
    }

    static Outline plan(PackContent content) {
        PlanDocument plan = content.document();
        Outline.Builder out = Outline.builder(planTitle(content), "The Local SEND Reform Plan of the "
                + content.partnershipName() + " local area partnership for " + plan.planYear()
                + ", as signed off and submitted to the Department for Education.");
        out.heading(1, planTitle(content));
        out.labelled("Local area partnership:", content.partnershipName());
        out.labelled("Plan year:", plan.planYear());
        out.labelled("Content hash (SHA-256) signed off:", content.contentHash());

        out.heading(2, "Partnership and senior responsible owner");
        Sro sro = plan.header().sro();
        out.table(table(List.of("Detail", "Answer"), List.of(
                List.of("Local authority", PackLabels.text(plan.header().localAuthority())),
                List.of("Integrated care board", PackLabels.text(plan.header().integratedCareBoard())),
                List.of("Senior responsible owner", PackLabels.text(sro.name())),
                List.of("SRO job title", PackLabels.text(sro.jobTitle())),
                List.of("SRO email", PackLabels.text(sro.email())),
                List.of("SRO organisation", PackLabels.of(sro.organisationType())))));

        out.heading(2, "Signatories");
        List<List<String>> signatories = new ArrayList<>();
        for (Signatory signatory : plan.signatories()) {
            signatories.add(List.of(PackLabels.of(signatory.role()), PackLabels.text(signatory.name()),
                    PackLabels.text(signatory.jobTitle()), PackLabels.text(signatory.email())));
        }
        out.table(table(List.of("Role", "Name", "Job title", "Email"), signatories));

        out.heading(2, "Executive summary");
        out.narrative(plan.narratives().get(NarrativeKey.EXEC_SUMMARY));

        section(out, CoreRequirementSection.Q1).narrative(plan.narratives().get(NarrativeKey.Q1_VISION));
        blueprint(section(out, CoreRequirementSection.Q2), plan);
        attachmentsIn(out, plan, AttachmentSlot.Q2_BLUEPRINT_EVIDENCE);
        section(out, CoreRequirementSection.Q3).narrative(plan.narratives().get(NarrativeKey.Q3_STRATEGY));
        section(out, CoreRequirementSection.Q4);
        attachmentsIn(out, plan, AttachmentSlot.Q4_MATURITY_ASSESSMENT);
        roadmap(section(out, CoreRequirementSection.Q5), plan);
        attachmentsIn(out, plan, AttachmentSlot.Q5_ROADMAP_EVIDENCE);
        delivery(section(out, CoreRequirementSection.Q6), plan);
        attachmentsIn(out, plan, AttachmentSlot.Q6_DELIVERY_EVIDENCE);
        section(out, CoreRequirementSection.Q7).narrative(plan.narratives().get(NarrativeKey.Q7_DELIVERY_CAPACITY));
        section(out, CoreRequirementSection.Q8);
        out.heading(3, "Q8a Transfer from the schools block to the high needs block");
        out.narrative(plan.narratives().get(NarrativeKey.Q8A_BLOCK_TRANSFER));
        out.heading(3, "Q8b High needs capital strategy");
        out.narrative(plan.narratives().get(NarrativeKey.Q8B_CAPITAL));
        section(out, CoreRequirementSection.Q9).narrative(plan.narratives().get(NarrativeKey.Q9_ENGAGEMENT));
        risks(section(out, CoreRequirementSection.Q10), plan);
        section(out, CoreRequirementSection.Q11).narrative(plan.narratives().get(NarrativeKey.Q11_DEPENDENCIES));
        section(out, CoreRequirementSection.Q12).narrative(plan.narratives().get(NarrativeKey.Q12_MONITORING));
        section(out, CoreRequirementSection.Q13);
        attachmentsIn(out, plan, AttachmentSlot.Q13_DATA_RETURN);
        governance(section(out, CoreRequirementSection.Q14), plan);
        attachmentsIn(out, plan, AttachmentSlot.Q14_GOVERNANCE_DIAGRAM);
        section(out, CoreRequirementSection.Q15).narrative(plan.narratives().get(NarrativeKey.Q15_SUPPORT));
        coreRequirements(out, plan);
        attachments(out, plan);
        return out.build();
    }

    private static Outline.Builder section(Outline.Builder out, CoreRequirementSection section) {
        return out.heading(2, PackLabels.of(section));
    }

    private static void blueprint(Outline.Builder out, PlanDocument plan) {
        List<List<String>> rows = new ArrayList<>();
        for (BlueprintRow row : plan.blueprint().rows()) {
            rows.add(List.of(rowName(row.kind(), row.buildingBlock(), row.name()), PackLabels.text(row.whereWeAre()),
                    PackLabels.text(row.whereWeWillBe())));
        }
        out.table(table(List.of("Building block or enabler", "Where we are now",
                "Where we will be in three years"), rows));
        out.heading(3, "Success measures");
        List<List<String>> measures = new ArrayList<>();
        for (SuccessMeasure measure : plan.blueprint().successMeasures()) {
            measures.add(List.of(PackLabels.text(measure.measure()), PackLabels.text(measure.baseline()),
                    PackLabels.text(measure.target())));
        }
        out.table(table(List.of("Measure", "Baseline", "Target"), measures));
    }

    private static String rowName(RowKind kind, BuildingBlock block, String name) {
        return block != null ? PackLabels.of(block) : PackLabels.of(kind) + ": " + PackLabels.text(name);
    }

    private static void roadmap(Outline.Builder out, PlanDocument plan) {
        List<List<String>> rows = new ArrayList<>();
        for (RoadmapRow row : plan.roadmap()) {
            rows.add(List.of(rowName(row.kind(), row.buildingBlock(), row.name()), PackLabels.text(row.y2026_27()),
                    PackLabels.text(row.y2027_28()), PackLabels.text(row.y2028_29())));
        }
        out.table(table(List.of("Row", "2026/27", "2027/28", "2028/29"), rows));
    }

    private static void delivery(Outline.Builder out, PlanDocument plan) {
        out.heading(3, "Workstreams");
        List<List<String>> workstreams = new ArrayList<>();
        List<List<String>> quarters = new ArrayList<>();
        for (Workstream workstream : plan.deliveryPlan()) {
            String name = PackLabels.text(workstream.name());
            workstreams.add(List.of(name, PackLabels.of(workstream.buildingBlock()),
                    PackLabels.text(workstream.outcome()), PackLabels.text(workstream.successMeasure()),
                    PackLabels.text(workstream.lead())));
            quarters.add(quarter(name, "Q2", workstream.quarters().q2()));
            quarters.add(quarter(name, "Q3", workstream.quarters().q3()));
            quarters.add(quarter(name, "Q4", workstream.quarters().q4()));
        }
        out.table(table(List.of("Workstream", "Building block", "Outcome", "Success measure", "Responsible lead"),
                workstreams));
        out.heading(3, "Milestones and trajectories");
        out.table(table(List.of("Workstream", "Quarter", "Milestone",
                "Target trajectory"), quarters));
        spend(out, plan);
    }

    private static List<String> quarter(String workstream, String name, Quarter quarter) {
        return List.of(workstream, name, PackLabels.text(quarter.milestone()), PackLabels.text(quarter.trajectory()));
    }

    private static void spend(Outline.Builder out, PlanDocument plan) {
        out.heading(3, "Projected investment spend");
        List<List<String>> rows = new ArrayList<>();
        BigDecimal q2 = BigDecimal.ZERO;
        BigDecimal q3 = BigDecimal.ZERO;
        BigDecimal q4 = BigDecimal.ZERO;
        for (SpendLine line : plan.funding().spend()) {
            rows.add(List.of(PackLabels.of(line.category()), PackLabels.text(line.description()), funding(line),
                    PackLabels.of(line.discipline()), PackLabels.money(line.q2()), PackLabels.money(line.q3()),
                    PackLabels.money(line.q4()), PackLabels.money(lineTotal(line))));
            q2 = q2.add(amount(line.q2()));
            q3 = q3.add(amount(line.q3()));
            q4 = q4.add(amount(line.q4()));
        }
        List<String> totals = List.of("Total", "", "", "", PackLabels.money(q2), PackLabels.money(q3),
                PackLabels.money(q4), PackLabels.money(q2.add(q3).add(q4)));
        out.table(new Outline.Table(List.of("Category", "Description", "Funding", "Discipline", "Q2", "Q3", "Q4",
                "Total"), rows, totals, Set.of(4, 5, 6, 7)));

        FundingSummary summary = FundingSummary.of(plan.funding());
        out.heading(3, "Experts at Hand funding");
        out.table(new Outline.Table(List.of("Figure", "Value"), List.of(
                List.of("Allocation", summary.hasAllocation() ? summary.allocationText() : PackLabels.NOT_GIVEN),
                List.of("Total Experts at Hand spend", summary.totalEahSpendText()),
                List.of("Direct delivery", summary.directDeliveryText()),
                List.of("Direct delivery share of Experts at Hand spend (at least 90%)",
                        share(summary.directDeliveryShare())),
                List.of("APST model", summary.apstText()),
                List.of("APST share of direct delivery (at most 10%)", share(summary.apstShare()))), null, Set.of(1)));

        out.heading(3, "Baseline service spend");
        List<List<String>> baseline = new ArrayList<>();
        for (BaselineSpend spend : plan.funding().baselineServiceSpend()) {
            baseline.add(List.of(spend.service(), PackLabels.money(spend.previousYear()),
                    PackLabels.money(spend.planYear())));
        }
        out.table(new Outline.Table(List.of("Service", "Previous year", "Plan year"),
                baseline, null, Set.of(1, 2)));
    }

    /**
     * The source with, for Experts at Hand, its class: one column rather than two keeps the table
     * within a portrait page (the workbook keeps them apart, for its formulas).
     */
    private static String funding(SpendLine line) {
        String source = PackLabels.of(line.fundingSource());
        return line.eahClass() == null ? source : source + ": " + PackLabels.of(line.eahClass());
    }

    static BigDecimal lineTotal(SpendLine line) {
        return amount(line.q2()).add(amount(line.q3())).add(amount(line.q4()));
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }

    private static String share(String share) {
        return share == null ? "No Experts at Hand spend" : share;
    }

    private static void risks(Outline.Builder out, PlanDocument plan) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Risk risk : plan.risks()) {
            String score = risk.impact() == null || risk.likelihood() == null ? ""
                    : Integer.toString(RiskMatrix.score(risk.impact(), risk.likelihood()));
            rows.add(List.of(Integer.toString(number++), PackLabels.text(risk.description()),
                    PackLabels.of(risk.impact()), PackLabels.of(risk.likelihood()), score, PackLabels.of(risk.rag()),
                    risk.ragOverrideReason() == null ? "" : risk.ragOverrideReason(),
                    PackLabels.text(risk.mitigation()), PackLabels.of(risk.residualRag())));
        }
        out.table(new Outline.Table(List.of("Number", "Risk", "Impact", "Likelihood", "Score", "RAG",
                "Reason for a RAG off the matrix", "Mitigation", "Residual RAG"), rows, null, Set.of(0, 4)));
    }

    private static void governance(Outline.Builder out, PlanDocument plan) {
        List<List<String>> rows = new ArrayList<>();
        for (GovernanceRow row : plan.governance()) {
            rows.add(List.of(PackLabels.text(row.mechanism()), PackLabels.of(row.kind()),
                    PackLabels.text(row.purpose()), members(row.members()), PackLabels.text(row.cadence()),
                    PackLabels.text(row.decisionRights()), PackLabels.text(row.escalationRoute()),
                    PackLabels.yesNo(row.includesSro())));
        }
        out.table(table(List.of("Mechanism", "Group or individual", "Purpose and responsibilities",
                "Members", "Cadence", "Decision rights", "Escalation route", "Includes the SRO"), rows));
    }

    static String members(List<GovernanceMember> members) {
        if (members.isEmpty()) {
            return "None listed";
        }
        return members.stream()
                .map(member -> PackLabels.text(member.name()) + " (" + PackLabels.of(member.organisationType())
                        + (member.chair() ? ", chair" : "") + ")")
                .collect(Collectors.joining("; "));
    }

    static String sections(CoreRequirement requirement) {
        if (requirement.sections().isEmpty()) {
            return PackLabels.NOT_GIVEN;
        }
        return requirement.sections().stream().map(PackLabels::of).collect(Collectors.joining("; "));
    }

    private static void coreRequirements(Outline.Builder out, PlanDocument plan) {
        out.heading(2, "Core minimum requirements");
        List<List<String>> rows = new ArrayList<>();
        for (CoreRequirement requirement : plan.coreRequirements()) {
            rows.add(List.of(requirement.id().code(), PackLabels.summary(requirement.id()), sections(requirement),
                    PackLabels.text(requirement.evidence())));
        }
        out.table(table(List.of("Requirement", "What it asks for",
                "Where the plan shows it", "How"), rows));
    }

    private static void attachmentsIn(Outline.Builder out, PlanDocument plan, AttachmentSlot slot) {
        List<String> names = plan.attachments().stream()
                .filter(attachment -> attachment.slot() == slot)
                .map(Attachment::filename)
                .toList();
        if (!names.isEmpty()) {
            out.labelled(PackLabels.of(slot) + ":", String.join("; ", names) + " (in the attachments folder)");
        }
        else if (slot == AttachmentSlot.Q4_MATURITY_ASSESSMENT || slot == AttachmentSlot.Q13_DATA_RETURN) {
            out.paragraph("No file attached.");
        }
    }

    private static void attachments(Outline.Builder out, PlanDocument plan) {
        out.heading(2, "Attachments");
        List<List<String>> rows = new ArrayList<>();
        for (Attachment attachment : plan.attachments()) {
            rows.add(List.of(PackLabels.of(attachment.slot()), PackLabels.text(attachment.filename()),
                    PackLabels.text(attachment.sha256())));
        }
        out.table(table(List.of("What it is", "File name", "SHA-256"), rows));
    }

    static Outline certificate(PackContent content) {
        String title = content.partnershipName() + " sign-off certificate, Local SEND Reform Plan "
                + content.document().planYear();
        Outline.Builder out = Outline.builder(title, "Who signed off the " + content.partnershipName()
                + " Local SEND Reform Plan " + content.document().planYear()
                + ", when, and the content hash they signed.");
        out.heading(1, "Sign-off certificate");
        out.labelled("Local area partnership:", content.partnershipName());
        out.labelled("Local authority:", PackLabels.text(content.laName()));
        out.labelled("Integrated care board:", PackLabels.text(content.icbName()));
        out.labelled("Plan year:", content.document().planYear());
        out.labelled("Plan reference:", Long.toString(content.planId()));
        out.labelled("Content hash (SHA-256):", content.contentHash());
        out.paragraph("The content hash identifies the exact plan content signed off: it is the SHA-256 of the "
                + "plan.json file in this pack. Any change to the plan after signing gives a different hash.");
        out.heading(2, "Signatures");
        List<List<String>> rows = new ArrayList<>();
        for (SignatureLine signature : content.signatures()) {
            String role = PackLabels.of(signature.role());
            if (signature.role() == SignatoryRole.OTHER && signature.jobTitle() != null
                    && !signature.jobTitle().isBlank()) {
                role = role + " (" + signature.jobTitle() + ")";
            }
            rows.add(List.of(role, PackLabels.text(signature.name()), PackLabels.text(signature.email()),
                    PackLabels.londonTime(signature.signedAt()), signature.contentHash()));
        }
        out.table(table(List.of("Role", "Name", "Email", "Signed at (UK time)", "Hash signed"), rows));
        List<String> otherContent = content.signatures().stream()
                .filter(signature -> !signature.contentHash().equals(content.contentHash()))
                .map(signature -> PackLabels.text(signature.name()))
                .toList();
        if (content.signatures().isEmpty()) {
            out.paragraph("No signatures are recorded.");
        }
        else if (otherContent.isEmpty()) {
            out.paragraph("Every signature above is for this content hash.");
        }
        else {
            out.paragraph("These signatures are for different content from this plan: "
                    + String.join(", ", otherContent) + ".");
        }
        out.labelled("Generated:", PackLabels.londonTime(content.generatedAt()) + " by sendplan "
                + content.serviceVersion());
        return out.build();
    }

    static Outline validationReport(PackContent content) {
        String title = content.partnershipName() + " validation report, Local SEND Reform Plan "
                + content.document().planYear();
        Outline.Builder out = Outline.builder(title, "The validation warnings that remained on the "
                + content.partnershipName() + " Local SEND Reform Plan " + content.document().planYear()
                + " when it was submitted.");
        out.heading(1, "Validation report");
        out.labelled("Local area partnership:", content.partnershipName());
        out.labelled("Plan year:", content.document().planYear());
        out.labelled("Content hash (SHA-256):", content.contentHash());
        out.labelled("Checked:", PackLabels.londonTime(content.generatedAt()));
        out.heading(2, "Warnings");
        if (content.warnings().isEmpty()) {
            out.paragraph("There are no warnings. The plan passed every validation rule when it was submitted.");
            return out.build();
        }
        out.paragraph("The plan passed every blocking rule. These " + content.warnings().size()
                + (content.warnings().size() == 1 ? " warning" : " warnings")
                + " remained when it was submitted; they did not stop submission.");
        List<List<String>> rows = new ArrayList<>();
        for (Finding finding : content.warnings()) {
            rows.add(List.of(finding.rule(), finding.path(), finding.message()));
        }
        out.table(table(List.of("Rule", "Where in the plan", "Message"), rows));
        return out.build();
    }

    private static Outline.Table table(List<String> headers, List<List<String>> rows) {
        return new Outline.Table(headers, rows, null, Set.of());
    }
}
