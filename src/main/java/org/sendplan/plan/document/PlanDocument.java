package org.sendplan.plan.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.Money;

/**
 * A plan in its one canonical form, {@code sendplan/v1} of plan-format.md: field names and order
 * are the contract's. The same value is exported, imported, validated and hashed for sign-off,
 * so the records normalise what they are given and two equal plans always serialise to the same
 * bytes:
 * <ul>
 * <li>Optional text is {@code null} when blank (empty or only whitespace), never {@code ""};
 * other text is kept exactly as written.</li>
 * <li>{@code narratives} always holds all ten {@link NarrativeKey}s in enum order; an unanswered
 * narrative is {@code ""}, never {@code null}.</li>
 * <li>{@code coreRequirements} always holds all 41 {@link CoreRequirementId}s in enum order; an
 * unmapped requirement has no sections and {@code null} evidence.</li>
 * <li>Nested objects ({@code header}, {@code sro}, {@code blueprint}, {@code funding},
 * {@code quarters}) and lists are never {@code null}; missing ones are empty.</li>
 * <li>Other rows keep the order they were given in (their position).</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "format", "planYear", "header", "signatories", "narratives", "blueprint", "roadmap",
        "deliveryPlan", "funding", "risks", "governance", "coreRequirements", "attachments" })
public record PlanDocument(String format, String planYear, Header header, List<Signatory> signatories,
        SortedMap<NarrativeKey, String> narratives, Blueprint blueprint, List<RoadmapRow> roadmap,
        List<Workstream> deliveryPlan, Funding funding, List<Risk> risks, List<GovernanceRow> governance,
        List<CoreRequirement> coreRequirements, List<Attachment> attachments) {

    public static final String FORMAT = "sendplan/v1";

    public PlanDocument {
        if (format == null) {
            format = FORMAT;
        }
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("Not a " + FORMAT + " document: " + format);
        }
        Objects.requireNonNull(planYear, "planYear");
        header = header == null ? Header.EMPTY : header;
        signatories = listOf(signatories);
        narratives = allNarratives(narratives);
        blueprint = blueprint == null ? Blueprint.EMPTY : blueprint;
        roadmap = listOf(roadmap);
        deliveryPlan = listOf(deliveryPlan);
        funding = funding == null ? Funding.EMPTY : funding;
        risks = listOf(risks);
        governance = listOf(governance);
        coreRequirements = allCoreRequirements(coreRequirements);
        attachments = listOf(attachments);
    }

    public PlanDocument withHeader(Header newHeader, List<Signatory> newSignatories) {
        return new PlanDocument(format, planYear, newHeader, newSignatories, narratives, blueprint, roadmap,
                deliveryPlan, funding, risks, governance, coreRequirements, attachments);
    }

    /** This document with the given narratives changed and the others kept. */
    public PlanDocument withNarratives(Map<NarrativeKey, String> changed) {
        SortedMap<NarrativeKey, String> merged = new TreeMap<>(narratives);
        merged.putAll(changed);
        return new PlanDocument(format, planYear, header, signatories, merged, blueprint, roadmap, deliveryPlan,
                funding, risks, governance, coreRequirements, attachments);
    }

    public PlanDocument withBlueprint(Blueprint newBlueprint) {
        return new PlanDocument(format, planYear, header, signatories, narratives, newBlueprint, roadmap,
                deliveryPlan, funding, risks, governance, coreRequirements, attachments);
    }

    public PlanDocument withRoadmap(List<RoadmapRow> newRoadmap) {
        return new PlanDocument(format, planYear, header, signatories, narratives, blueprint, newRoadmap,
                deliveryPlan, funding, risks, governance, coreRequirements, attachments);
    }

    public PlanDocument withDeliveryPlan(List<Workstream> newDeliveryPlan) {
        return new PlanDocument(format, planYear, header, signatories, narratives, blueprint, roadmap,
                newDeliveryPlan, funding, risks, governance, coreRequirements, attachments);
    }

    public PlanDocument withFunding(Funding newFunding) {
        return new PlanDocument(format, planYear, header, signatories, narratives, blueprint, roadmap,
                deliveryPlan, newFunding, risks, governance, coreRequirements, attachments);
    }

    public PlanDocument withRisks(List<Risk> newRisks) {
        return new PlanDocument(format, planYear, header, signatories, narratives, blueprint, roadmap,
                deliveryPlan, funding, newRisks, governance, coreRequirements, attachments);
    }

    public PlanDocument withGovernance(List<GovernanceRow> newGovernance) {
        return new PlanDocument(format, planYear, header, signatories, narratives, blueprint, roadmap,
                deliveryPlan, funding, risks, newGovernance, coreRequirements, attachments);
    }

    public PlanDocument withCoreRequirements(List<CoreRequirement> newCoreRequirements) {
        return new PlanDocument(format, planYear, header, signatories, narratives, blueprint, roadmap,
                deliveryPlan, funding, risks, governance, newCoreRequirements, attachments);
    }

    /** Annex A header: names of the LA and ICB, and the named SRO. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "localAuthority", "integratedCareBoard", "sro" })
    public record Header(String localAuthority, String integratedCareBoard, Sro sro) {

        static final Header EMPTY = new Header(null, null, null);

        public Header {
            localAuthority = text(localAuthority);
            integratedCareBoard = text(integratedCareBoard);
            sro = sro == null ? Sro.EMPTY : sro;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "name", "jobTitle", "email", "organisationType" })
    public record Sro(String name, String jobTitle, String email, OrganisationType organisationType) {

        static final Sro EMPTY = new Sro(null, null, null, null);

        public Sro {
            name = text(name);
            jobTitle = text(jobTitle);
            email = text(email);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "role", "name", "email", "jobTitle" })
    public record Signatory(SignatoryRole role, String name, String email, String jobTitle) {

        public Signatory {
            Objects.requireNonNull(role, "role");
            name = text(name);
            email = text(email);
            jobTitle = text(jobTitle);
        }
    }

    /** Annex A Q2: where the partnership is and will be in three years, and how it will tell. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "rows", "successMeasures" })
    public record Blueprint(List<BlueprintRow> rows, List<SuccessMeasure> successMeasures) {

        static final Blueprint EMPTY = new Blueprint(null, null);

        public Blueprint {
            rows = listOf(rows);
            successMeasures = listOf(successMeasures);
        }
    }

    /** {@code buildingBlock} names the block of a {@code BUILDING_BLOCK} row, {@code name} an enabler. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "kind", "buildingBlock", "name", "whereWeAre", "whereWeWillBe" })
    public record BlueprintRow(RowKind kind, BuildingBlock buildingBlock, String name, String whereWeAre,
            String whereWeWillBe) {

        public BlueprintRow {
            Objects.requireNonNull(kind, "kind");
            if (!kind.allowedInBlueprint()) {
                throw new IllegalArgumentException("A blueprint row cannot be a " + kind);
            }
            name = text(name);
            whereWeAre = text(whereWeAre);
            whereWeWillBe = text(whereWeWillBe);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "measure", "baseline", "target" })
    public record SuccessMeasure(String measure, String baseline, String target) {

        public SuccessMeasure {
            measure = text(measure);
            baseline = text(baseline);
            target = text(target);
        }
    }

    /** Annex A Q5: one row of the three-year roadmap; the 2026/27 column shows how requirements are met. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "kind", "buildingBlock", "name", "y2026_27", "y2027_28", "y2028_29" })
    public record RoadmapRow(RowKind kind, BuildingBlock buildingBlock, String name, String y2026_27,
            String y2027_28, String y2028_29) {

        public RoadmapRow {
            Objects.requireNonNull(kind, "kind");
            name = text(name);
            y2026_27 = text(y2026_27);
            y2027_28 = text(y2027_28);
            y2028_29 = text(y2028_29);
        }
    }

    /** Annex A Q6: one workstream of the first-year delivery plan. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "name", "buildingBlock", "outcome", "successMeasure", "lead", "quarters" })
    public record Workstream(String name, BuildingBlock buildingBlock, String outcome, String successMeasure,
            String lead, Quarters quarters) {

        public Workstream {
            name = text(name);
            outcome = text(outcome);
            successMeasure = text(successMeasure);
            lead = text(lead);
            quarters = quarters == null ? Quarters.EMPTY : quarters;
        }
    }

    /** The delivery quarters of the first plan year (Q1 is spent writing the plan). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "Q2", "Q3", "Q4" })
    public record Quarters(@JsonProperty("Q2") Quarter q2, @JsonProperty("Q3") Quarter q3,
            @JsonProperty("Q4") Quarter q4) {

        static final Quarters EMPTY = new Quarters(null, null, null);

        public Quarters {
            q2 = q2 == null ? Quarter.EMPTY : q2;
            q3 = q3 == null ? Quarter.EMPTY : q3;
            q4 = q4 == null ? Quarter.EMPTY : q4;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "milestone", "trajectory" })
    public record Quarter(String milestone, String trajectory) {

        static final Quarter EMPTY = new Quarter(null, null);

        public Quarter {
            milestone = text(milestone);
            trajectory = text(trajectory);
        }
    }

    /** The Experts at Hand allocation, projected spend by quarter, and baseline service spend. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "eahAllocation", "spend", "baselineServiceSpend" })
    public record Funding(Money eahAllocation, List<SpendLine> spend, List<BaselineSpend> baselineServiceSpend) {

        static final Funding EMPTY = new Funding(null, null, null);

        public Funding {
            spend = listOf(spend);
            baselineServiceSpend = listOf(baselineServiceSpend);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "category", "description", "fundingSource", "eahClass", "discipline", "q2", "q3", "q4" })
    public record SpendLine(SpendCategory category, String description, FundingSource fundingSource,
            EahClass eahClass, Discipline discipline, Money q2, Money q3, Money q4) {

        public SpendLine {
            description = text(description);
        }
    }

    /**
     * Spend on a service (e.g. {@code SALT}, {@code OT}, {@code EP}) before and in the plan year.
     * {@code service} is free text of at most 30 characters in {@code sendplan/v1}; it is required.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "service", "previousYear", "planYear" })
    public record BaselineSpend(String service, Money previousYear, Money planYear) {

        public BaselineSpend {
            service = text(service);
            Objects.requireNonNull(service, "service");
        }
    }

    /** Annex A Q10 with the Annex C matrix; {@code ragOverrideReason} explains a RAG off the matrix. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "description", "impact", "likelihood", "rag", "ragOverrideReason", "mitigation",
            "residualRag" })
    public record Risk(String description, Impact impact, Likelihood likelihood, Rag rag, String ragOverrideReason,
            String mitigation, Rag residualRag) {

        public Risk {
            description = text(description);
            ragOverrideReason = text(ragOverrideReason);
            mitigation = text(mitigation);
        }
    }

    /** Annex A Q14: one governance mechanism with its members in order. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "mechanism", "kind", "purpose", "members", "cadence", "decisionRights", "escalationRoute",
            "includesSro" })
    public record GovernanceRow(String mechanism, GovernanceKind kind, String purpose, List<GovernanceMember> members,
            String cadence, String decisionRights, String escalationRoute, boolean includesSro) {

        public GovernanceRow {
            mechanism = text(mechanism);
            purpose = text(purpose);
            members = listOf(members);
            cadence = text(cadence);
            decisionRights = text(decisionRights);
            escalationRoute = text(escalationRoute);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "name", "organisationType", "chair" })
    public record GovernanceMember(String name, OrganisationType organisationType, boolean chair) {

        public GovernanceMember {
            name = text(name);
        }
    }

    /** Where the plan meets one core minimum requirement: the sections, in the order given, and evidence. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "id", "sections", "evidence" })
    public record CoreRequirement(CoreRequirementId id, List<CoreRequirementSection> sections, String evidence) {

        public CoreRequirement {
            Objects.requireNonNull(id, "id");
            sections = listOf(sections);
            evidence = text(evidence);
        }

        /** An unmapped requirement carries nothing worth storing. */
        public boolean hasContent() {
            return !sections.isEmpty() || evidence != null;
        }
    }

    /** An uploaded file; exported for reference, never replaced by an import. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({ "slot", "filename", "sha256" })
    public record Attachment(AttachmentSlot slot, String filename, String sha256) {

        public Attachment {
            Objects.requireNonNull(slot, "slot");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static SortedMap<NarrativeKey, String> allNarratives(Map<NarrativeKey, String> given) {
        SortedMap<NarrativeKey, String> all = new TreeMap<>();
        for (NarrativeKey key : NarrativeKey.values()) {
            String value = given == null ? null : given.get(key);
            all.put(key, value == null || value.isBlank() ? "" : value);
        }
        return Collections.unmodifiableSortedMap(all);
    }

    private static List<CoreRequirement> allCoreRequirements(List<CoreRequirement> given) {
        Map<CoreRequirementId, CoreRequirement> byId = new EnumMap<>(CoreRequirementId.class);
        for (CoreRequirement requirement : listOf(given)) {
            if (byId.put(requirement.id(), requirement) != null) {
                throw new IllegalArgumentException("Core requirement " + requirement.id().code() + " given twice");
            }
        }
        List<CoreRequirement> all = new ArrayList<>(CoreRequirementId.values().length);
        for (CoreRequirementId id : CoreRequirementId.values()) {
            all.add(byId.getOrDefault(id, new CoreRequirement(id, List.of(), null)));
        }
        return List.copyOf(all);
    }
}
