package org.sendplan.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.CoreRequirementId;
import org.sendplan.plan.document.CoreRequirementSection;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.GovernanceKind;
import org.sendplan.plan.document.Impact;
import org.sendplan.plan.document.Likelihood;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Attachment;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.Blueprint;
import org.sendplan.plan.document.PlanDocument.BlueprintRow;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.plan.document.PlanDocument.Header;
import org.sendplan.plan.document.PlanDocument.Quarter;
import org.sendplan.plan.document.PlanDocument.Quarters;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocument.Sro;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.plan.document.Rag;
import org.sendplan.plan.document.RowKind;
import org.sendplan.plan.document.SpendCategory;

/**
 * Plans built in code for validation tests. {@link #complete()} passes every rule, warnings
 * included; {@link #edit()} starts from it so a test can introduce exactly one defect:
 * <pre>{@code
 * PlanDocument plan = Plans.edit().risk(0, risk -> Plans.withRag(risk, Rag.GREEN)).build();
 * }</pre>
 * Its figures: EAH allocation £2,400,000.00, fully spent; direct delivery £2,200,000.00 (91.7%),
 * of which APST £100,000.00 (4.5%); enabling £200,000.00.
 */
public final class Plans {

    /** A day well before the 2026-27 deadline. */
    public static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    public static final LocalDate DEADLINE = LocalDate.of(2026, 6, 19);

    public static final String ALLOCATION = "2400000.00";

    private Plans() {
    }

    public static PlanDocument complete() {
        return new PlanDocument(PlanDocument.FORMAT, "2026-27", header(), signatories(), narratives(), blueprint(),
                roadmap(), deliveryPlan(), funding(), risks(), governance(), coreRequirements(), attachments());
    }

    public static Edit edit() {
        return edit(complete());
    }

    public static Edit edit(PlanDocument document) {
        return new Edit(document);
    }

    public static PlanSnapshot snapshot(PlanDocument document) {
        return new PlanSnapshot(document, TODAY, DEADLINE);
    }

    public static PlanSnapshot snapshot(PlanDocument document, LocalDate today) {
        return new PlanSnapshot(document, today, DEADLINE);
    }

    // Values

    public static Money money(String amount) {
        return Money.parse(amount);
    }

    /** {@code count} words separated by single spaces. */
    public static String words(int count) {
        return String.join(" ", Collections.nCopies(count, "inclusion"));
    }

    public static SpendLine eahLine(EahClass eahClass, Discipline discipline, String q2, String q3, String q4) {
        return new SpendLine(SpendCategory.WORKFORCE_RECRUITMENT, "EAH " + eahClass, FundingSource.EAH, eahClass,
                discipline, amount(q2), amount(q3), amount(q4));
    }

    /** An EAH line spending {@code amount} in Q2 only (Q3 and Q4 left empty). */
    public static SpendLine eahLine(EahClass eahClass, Discipline discipline, String amount) {
        return eahLine(eahClass, discipline, amount, null, null);
    }

    public static SpendLine otherLine(FundingSource source, Discipline discipline, String amount) {
        return new SpendLine(SpendCategory.DATA_DIGITAL, "Other " + source, source, null, discipline, amount(amount),
                null, null);
    }

    public static Funding funding(String allocation, SpendLine... spend) {
        return new Funding(amount(allocation), List.of(spend), List.of());
    }

    public static Risk risk(Impact impact, Likelihood likelihood, Rag rag) {
        return new Risk("Recruitment of therapists is slower than planned", impact, likelihood, rag, null,
                "Joint recruitment campaign with neighbouring ICBs", Rag.GREEN);
    }

    public static Risk withRag(Risk risk, Rag rag) {
        return new Risk(risk.description(), risk.impact(), risk.likelihood(), rag, risk.ragOverrideReason(),
                risk.mitigation(), risk.residualRag());
    }

    public static Risk withOverrideReason(Risk risk, String reason) {
        return new Risk(risk.description(), risk.impact(), risk.likelihood(), risk.rag(), reason, risk.mitigation(),
                risk.residualRag());
    }

    public static GovernanceMember member(OrganisationType type) {
        return new GovernanceMember(type + " member", type, false);
    }

    public static GovernanceRow group(String mechanism, boolean includesSro, GovernanceMember... members) {
        return new GovernanceRow(mechanism, GovernanceKind.GROUP, "Oversees delivery of the plan", List.of(members),
                "Monthly", "Approves the plan and its spending", "Health and Wellbeing Board", includesSro);
    }

    public static GovernanceMember chair(OrganisationType type) {
        return new GovernanceMember(type + " chair", type, true);
    }

    private static Money amount(String amount) {
        return amount == null ? null : Money.parse(amount);
    }

    // The complete plan

    private static Header header() {
        return new Header("Northshire County Council", "NHS Northshire ICB",
                new Sro("Alex Morgan", "Director of Education", "alex.morgan@northshire.example", OrganisationType.LA));
    }

    private static List<Signatory> signatories() {
        return List.of(
                new Signatory(SignatoryRole.LA_CHIEF_EXECUTIVE, "Jo Baker", "jo.baker@northshire.example",
                        "Chief Executive"),
                new Signatory(SignatoryRole.ICB_CHIEF_EXECUTIVE, "Priya Shah", "priya.shah@nhs.example",
                        "ICB Chief Executive"),
                new Signatory(SignatoryRole.LA_DCS, "Tom Reid", "tom.reid@northshire.example",
                        "Director of Children's Services"),
                new Signatory(SignatoryRole.ICB_PLACE_DIRECTOR, "Ana Costa", "ana.costa@nhs.example",
                        "Place Director"),
                new Signatory(SignatoryRole.LA_S151_OFFICER, "Lee Chan", "lee.chan@northshire.example",
                        "Section 151 Officer"));
    }

    private static SortedMap<NarrativeKey, String> narratives() {
        SortedMap<NarrativeKey, String> narratives = new TreeMap<>();
        for (NarrativeKey key : NarrativeKey.values()) {
            narratives.put(key, "Our answer to " + key + ": " + words(120));
        }
        return narratives;
    }

    private static Blueprint blueprint() {
        List<BlueprintRow> rows = new ArrayList<>();
        for (BuildingBlock block : BuildingBlock.values()) {
            rows.add(new BlueprintRow(RowKind.BUILDING_BLOCK, block, null, "Where we are on " + block,
                    "Where we will be on " + block));
        }
        rows.add(new BlueprintRow(RowKind.ENABLER, null, "Workforce", "Vacancies in therapy services",
                "A stable, growing therapy workforce"));
        return new Blueprint(rows, List.of(new SuccessMeasure("Attendance of pupils with SEN", "88.1%", "91%")));
    }

    private static List<RoadmapRow> roadmap() {
        List<RoadmapRow> rows = new ArrayList<>();
        for (BuildingBlock block : BuildingBlock.values()) {
            rows.add(new RoadmapRow(RowKind.BUILDING_BLOCK, block, null, "Year 1 for " + block,
                    "Year 2 for " + block, "Year 3 for " + block));
        }
        rows.add(new RoadmapRow(RowKind.ENABLER, null, "Workforce", "Recruit", "Retain", "Grow"));
        rows.add(new RoadmapRow(RowKind.SUCCESS_MEASURE, null, "EHCP requests per 10,000", "62", "58", "52"));
        rows.add(new RoadmapRow(RowKind.LEADING_INDICATOR, null, "Settings reached by EAH", "40%", "70%", "90%"));
        return rows;
    }

    public static Workstream workstream(String name, BuildingBlock block) {
        Quarters quarters = new Quarters(new Quarter("Recruit the team", "10 settings"),
                new Quarter("Outreach begins", "40 settings"), new Quarter("Review with settings", "80 settings"));
        return new Workstream(name, block, "More children supported in mainstream settings",
                "Settings reporting confident practice", "Head of Inclusion", quarters);
    }

    private static List<Workstream> deliveryPlan() {
        return List.of(workstream("Inclusion in every setting", BuildingBlock.INCLUSION_IN_SETTINGS),
                workstream("Local specialist places", BuildingBlock.SPECIALIST_SUPPORT),
                workstream("Partnership board and co-production", BuildingBlock.LEADERSHIP_AND_COPRODUCTION),
                workstream("Inclusive culture", BuildingBlock.INCLUSIVE_CULTURE));
    }

    private static Funding funding() {
        List<SpendLine> spend = List.of(
                new SpendLine(SpendCategory.WORKFORCE_RECRUITMENT, "Speech and language therapists", FundingSource.EAH,
                        EahClass.DIRECT_DELIVERY, Discipline.SALT, money("200000.00"), money("200000.00"),
                        money("200000.00")),
                new SpendLine(SpendCategory.WORKFORCE_RECRUITMENT, "Occupational therapists", FundingSource.EAH,
                        EahClass.DIRECT_DELIVERY, Discipline.OT, money("150000.00"), money("150000.00"),
                        money("150000.00")),
                new SpendLine(SpendCategory.WORKFORCE_RECRUITMENT, "Educational psychologists", FundingSource.EAH,
                        EahClass.DIRECT_DELIVERY, Discipline.EP, money("150000.00"), money("150000.00"),
                        money("150000.00")),
                new SpendLine(SpendCategory.WORKFORCE_TRAINING, "Specialist teachers", FundingSource.EAH,
                        EahClass.DIRECT_DELIVERY, Discipline.SPECIALIST_TEACHER, money("200000.00"),
                        money("200000.00"), money("200000.00")),
                new SpendLine(SpendCategory.OUTREACH_COMMISSIONING, "APST outreach", FundingSource.EAH,
                        EahClass.DIRECT_DELIVERY_APST, Discipline.OTHER, money("33333.33"), money("33333.33"),
                        money("33333.34")),
                new SpendLine(SpendCategory.PROGRAMME_OVERSIGHT, "Programme team", FundingSource.EAH,
                        EahClass.ENABLING, null, money("66666.67"), money("66666.67"), money("66666.66")),
                new SpendLine(SpendCategory.DATA_DIGITAL, "Data dashboards", FundingSource.TRANSFORMATION, null, null,
                        money("50000.00"), money("50000.00"), money("50000.00")),
                new SpendLine(SpendCategory.WORKFORCE_RECRUITMENT, "Speech and language therapy advanced practitioner",
                        FundingSource.OTHER, null, Discipline.SALT_ADVANCED_PRACTITIONER, money("20000.00"),
                        money("20000.00"), money("20000.00")));
        List<BaselineSpend> baseline = List.of(
                new BaselineSpend("SALT", money("900000.00"), money("900000.00")),
                new BaselineSpend("OT", money("400000.00"), money("410000.00")),
                new BaselineSpend("EP", money("300000.00"), money("300000.00")));
        return new Funding(money(ALLOCATION), spend, baseline);
    }

    private static List<Risk> risks() {
        return List.of(
                new Risk("Therapist recruitment is slower than planned", Impact.CRITICAL, Likelihood.POSSIBLE,
                        Rag.AMBER, null, "Joint recruitment campaign", Rag.GREEN),
                new Risk("High needs deficit grows", Impact.CRISIS, Likelihood.LIKELY, Rag.RED, null,
                        "Deficit recovery plan agreed with Schools Forum", Rag.AMBER),
                new Risk("Settings do not take up outreach", Impact.MARGINAL, Likelihood.UNLIKELY, Rag.GREEN, null,
                        "Termly engagement with headteachers", Rag.GREEN));
    }

    private static List<GovernanceRow> governance() {
        return List.of(
                group("SEND Partnership Board", true, chair(OrganisationType.LA), member(OrganisationType.ICB),
                        member(OrganisationType.PCF), member(OrganisationType.SCHOOL), member(OrganisationType.CYP)),
                new GovernanceRow("Senior responsible owner", GovernanceKind.INDIVIDUAL, "Leads delivery of the plan",
                        List.of(), "Weekly", "Day-to-day decisions within the agreed budget", "SEND Partnership Board",
                        true));
    }

    private static List<CoreRequirement> coreRequirements() {
        List<CoreRequirement> requirements = new ArrayList<>();
        for (CoreRequirementId id : CoreRequirementId.values()) {
            requirements.add(new CoreRequirement(id, List.of(CoreRequirementSection.Q5, CoreRequirementSection.Q6),
                    "Met through the roadmap and the delivery plan (" + id.code() + ")"));
        }
        return requirements;
    }

    private static List<Attachment> attachments() {
        return List.of(
                new Attachment(AttachmentSlot.Q4_MATURITY_ASSESSMENT, "maturity-assessment.xlsx", "ab".repeat(32)),
                new Attachment(AttachmentSlot.Q13_DATA_RETURN, "data-return.xlsx", "cd".repeat(32)));
    }

    /** A mutable copy of a plan's parts; {@link #build()} makes the (normalised, immutable) document. */
    public static final class Edit {

        private String planYear;
        private Header header;
        private List<Signatory> signatories;
        private final Map<NarrativeKey, String> narratives;
        private Blueprint blueprint;
        private List<RoadmapRow> roadmap;
        private List<Workstream> deliveryPlan;
        private Funding funding;
        private List<Risk> risks;
        private List<GovernanceRow> governance;
        private List<CoreRequirement> coreRequirements;
        private List<Attachment> attachments;

        private Edit(PlanDocument document) {
            planYear = document.planYear();
            header = document.header();
            signatories = new ArrayList<>(document.signatories());
            narratives = new EnumMap<>(document.narratives());
            blueprint = document.blueprint();
            roadmap = new ArrayList<>(document.roadmap());
            deliveryPlan = new ArrayList<>(document.deliveryPlan());
            funding = document.funding();
            risks = new ArrayList<>(document.risks());
            governance = new ArrayList<>(document.governance());
            coreRequirements = new ArrayList<>(document.coreRequirements());
            attachments = new ArrayList<>(document.attachments());
        }

        public Edit planYear(String value) {
            planYear = value;
            return this;
        }

        public Edit header(Header value) {
            header = value;
            return this;
        }

        public Edit header(UnaryOperator<Header> change) {
            header = change.apply(header);
            return this;
        }

        public Edit sro(Sro value) {
            header = new Header(header.localAuthority(), header.integratedCareBoard(), value);
            return this;
        }

        public Edit signatories(List<Signatory> value) {
            signatories = new ArrayList<>(value);
            return this;
        }

        public Edit signatories(UnaryOperator<List<Signatory>> change) {
            signatories = new ArrayList<>(change.apply(new ArrayList<>(signatories)));
            return this;
        }

        public Edit narrative(NarrativeKey key, String text) {
            narratives.put(key, text);
            return this;
        }

        public Edit blueprint(Blueprint value) {
            blueprint = value;
            return this;
        }

        public Edit blueprintRows(UnaryOperator<List<BlueprintRow>> change) {
            blueprint = new Blueprint(change.apply(new ArrayList<>(blueprint.rows())), blueprint.successMeasures());
            return this;
        }

        public Edit successMeasures(List<SuccessMeasure> value) {
            blueprint = new Blueprint(blueprint.rows(), value);
            return this;
        }

        public Edit roadmap(List<RoadmapRow> value) {
            roadmap = new ArrayList<>(value);
            return this;
        }

        public Edit roadmap(UnaryOperator<List<RoadmapRow>> change) {
            roadmap = new ArrayList<>(change.apply(new ArrayList<>(roadmap)));
            return this;
        }

        public Edit deliveryPlan(List<Workstream> value) {
            deliveryPlan = new ArrayList<>(value);
            return this;
        }

        public Edit deliveryPlan(UnaryOperator<List<Workstream>> change) {
            deliveryPlan = new ArrayList<>(change.apply(new ArrayList<>(deliveryPlan)));
            return this;
        }

        public Edit workstream(int index, UnaryOperator<Workstream> change) {
            deliveryPlan.set(index, change.apply(deliveryPlan.get(index)));
            return this;
        }

        public Edit funding(Funding value) {
            funding = value;
            return this;
        }

        public Edit allocation(String amount) {
            funding = new Funding(amount(amount), funding.spend(), funding.baselineServiceSpend());
            return this;
        }

        public Edit spend(List<SpendLine> value) {
            funding = new Funding(funding.eahAllocation(), value, funding.baselineServiceSpend());
            return this;
        }

        public Edit spend(UnaryOperator<List<SpendLine>> change) {
            return spend(change.apply(new ArrayList<>(funding.spend())));
        }

        public Edit spendLine(int index, UnaryOperator<SpendLine> change) {
            List<SpendLine> spend = new ArrayList<>(funding.spend());
            spend.set(index, change.apply(spend.get(index)));
            return spend(spend);
        }

        public Edit baseline(List<BaselineSpend> value) {
            funding = new Funding(funding.eahAllocation(), funding.spend(), value);
            return this;
        }

        public Edit risks(List<Risk> value) {
            risks = new ArrayList<>(value);
            return this;
        }

        public Edit risk(int index, UnaryOperator<Risk> change) {
            risks.set(index, change.apply(risks.get(index)));
            return this;
        }

        public Edit governance(List<GovernanceRow> value) {
            governance = new ArrayList<>(value);
            return this;
        }

        public Edit governanceRow(int index, UnaryOperator<GovernanceRow> change) {
            governance.set(index, change.apply(governance.get(index)));
            return this;
        }

        public Edit coreRequirement(CoreRequirement value) {
            coreRequirements.replaceAll(existing -> existing.id() == value.id() ? value : existing);
            return this;
        }

        public Edit attachments(List<Attachment> value) {
            attachments = new ArrayList<>(value);
            return this;
        }

        public Edit withoutAttachment(AttachmentSlot slot) {
            attachments.removeIf(attachment -> attachment.slot() == slot);
            return this;
        }

        public PlanDocument build() {
            return new PlanDocument(PlanDocument.FORMAT, planYear, header, signatories,
                    new TreeMap<>(narratives), blueprint, roadmap, deliveryPlan, funding, risks, governance,
                    coreRequirements, attachments);
        }
    }
}
