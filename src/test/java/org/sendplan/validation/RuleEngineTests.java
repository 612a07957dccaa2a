package org.sendplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.CoreRequirementId;
import org.sendplan.plan.document.CoreRequirementSection;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.Impact;
import org.sendplan.plan.document.Likelihood;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Attachment;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.plan.document.PlanDocument.Quarter;
import org.sendplan.plan.document.PlanDocument.Quarters;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.PlanDocument.Sro;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.plan.document.PlanDocumentParsers;
import org.sendplan.plan.document.Rag;
import org.sendplan.plan.document.RowKind;

class RuleEngineTests {

    final RuleEngine engine = new RuleEngine();

    @Test
    void completePlanIsValidWithoutAnyFinding() {
        ValidationResult result = engine.validate(Plans.snapshot(Plans.complete()));

        assertThat(result.valid()).isTrue();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void runsEveryRuleOfRulesMd() {
        assertThat(engine.rules()).hasSize(29);
    }

    static List<Arguments> singleDefects() {
        return List.of(
                defect("no local authority name", e -> e.header(h -> new PlanDocument.Header(null,
                        h.integratedCareBoard(), h.sro())), "HEADER-COMPLETE"),
                defect("SRO from the ICB", e -> e.sro(new Sro("Alex", "Director", "alex@icb.example",
                        OrganisationType.ICB)), "SRO-LA-OFFICIAL"),
                defect("no DCS signatory", e -> e.signatories(list -> {
                    list.removeIf(s -> s.role() == SignatoryRole.LA_DCS);
                    return list;
                }), "SIGNATORY-ROLES"),
                defect("empty Q9", e -> e.narrative(NarrativeKey.Q9_ENGAGEMENT, ""), "NARRATIVE-REQUIRED"),
                defect("251-word Q1", e -> e.narrative(NarrativeKey.Q1_VISION, Plans.words(251)), "WORD-LIMIT"),
                defect("success measure without target", e -> e.successMeasures(List.of(new SuccessMeasure("Attendance",
                        "88%", null))), "BLUEPRINT-COMPLETE"),
                defect("roadmap year left empty", e -> e.roadmap(rows -> {
                    RoadmapRow row = rows.get(4);
                    rows.set(4, new RoadmapRow(row.kind(), row.buildingBlock(), row.name(), row.y2026_27(),
                            row.y2027_28(), null));
                    return rows;
                }), "ROADMAP-COMPLETE"),
                defect("no leading indicator", e -> e.roadmap(rows -> {
                    rows.removeIf(row -> row.kind() == RowKind.LEADING_INDICATOR);
                    return rows;
                }), "ROADMAP-MEASURES"),
                defect("workstream without lead", e -> e.workstream(0, w -> new Workstream(w.name(), w.buildingBlock(),
                        w.outcome(), w.successMeasure(), null, w.quarters())), "DELIVERY-WORKSTREAMS"),
                defect("quarter without milestone", e -> e.workstream(3, w -> new Workstream(w.name(),
                        w.buildingBlock(), w.outcome(), w.successMeasure(), w.lead(), new Quarters(w.quarters().q2(),
                                w.quarters().q3(), new Quarter(null, "80 settings")))), "DELIVERY-QUARTER-MILESTONE"),
                defect("building block without workstream", e -> e.deliveryPlan(list -> {
                    list.removeIf(w -> w.buildingBlock() == BuildingBlock.SPECIALIST_SUPPORT);
                    return list;
                }), "DELIVERY-BLOCK-COVERAGE"),
                defect("enabling line without EAH class", e -> e.spendLine(5, line -> withClass(line, null)),
                        "SPEND-LINE-VALID"),
                defect("allocation below spend", e -> e.allocation("2399999.99"), "FUND-WITHIN-ALLOCATION"),
                defect("allocation above spend", e -> e.allocation("2400000.01"), "FUND-UNDERSPEND"),
                defect("direct delivery below 90%", e -> e
                        .spendLine(0, line -> withQuarters(line, "100000.00", "100000.00", "100000.00"))
                        .spendLine(5, line -> withQuarters(line, "166666.67", "166666.67", "166666.66")),
                        "FUND-DIRECT-90"),
                defect("APST a penny above 10% of direct delivery", e -> e
                        .spendLine(0, line -> withQuarters(line, "160000.00", "160000.00", "159999.99"))
                        .spendLine(4, line -> withQuarters(line, "73333.33", "73333.34", "73333.34")),
                        "FUND-APST-10"),
                defect("ineligible discipline in direct delivery", e -> e.spendLine(1, line -> new SpendLine(
                        line.category(), line.description(), line.fundingSource(), line.eahClass(), Discipline.OTHER,
                        line.q2(), line.q3(), line.q4())), "FUND-ELIGIBLE-WORKFORCE"),
                defect("baseline spend falls", e -> e.baseline(List.of(new BaselineSpend("SALT",
                        Plans.money("900000.00"), Plans.money("899999.99")))), "FUND-BASELINE-MAINTAINED"),
                defect("no SALT advanced practitioner", e -> e.spend(list -> {
                    list.removeIf(line -> line.discipline() == Discipline.SALT_ADVANCED_PRACTITIONER);
                    return list;
                }), "SALT-ADVANCED-PRACTITIONER"),
                defect("six risks", e -> e.risks(Collections.nCopies(6, Plans.risk(
                        Impact.MODERATE, Likelihood.POSSIBLE,
                        Rag.AMBER))), "RISK-COUNT"),
                defect("no risks", e -> e.risks(List.of()), "RISK-COUNT"),
                defect("risk without mitigation", e -> e.risk(1, r -> new Risk(r.description(), r.impact(),
                        r.likelihood(), r.rag(), null, null, r.residualRag())), "RISK-COMPLETE"),
                defect("RAG off the matrix", e -> e.risk(2, r -> Plans.withRag(r, Rag.AMBER)), "RISK-RAG-MATRIX"),
                defect("governance row without cadence", e -> e.governanceRow(1, g -> new GovernanceRow(
                        g.mechanism(), g.kind(), g.purpose(), g.members(), null, g.decisionRights(),
                        g.escalationRoute(), g.includesSro())), "GOVERNANCE-COMPLETE"),
                defect("no health member", e -> e.governanceRow(0, g -> withMembers(g,
                        member -> member.organisationType() == OrganisationType.ICB
                                ? Plans.member(OrganisationType.SCHOOL) : member)), "GOVERNANCE-HEALTH"),
                defect("no parent carer forum member", e -> e.governanceRow(0, g -> withMembers(g,
                        member -> member.organisationType() == OrganisationType.PCF
                                ? Plans.member(OrganisationType.CYP) : member)), "GOVERNANCE-PCF"),
                defect("SRO nowhere in governance", e -> e.governanceRow(0, g -> withSro(g, false))
                        .governanceRow(1, g -> withSro(g, false)), "GOVERNANCE-SRO"),
                defect("requirement without evidence", e -> e.coreRequirement(new CoreRequirement(
                        CoreRequirementId.COP_4, List.of(CoreRequirementSection.Q9), null)), "CORE-REQUIREMENTS"),
                defect("no data return", e -> e.withoutAttachment(AttachmentSlot.Q13_DATA_RETURN),
                        "ATTACHMENTS-REQUIRED"));
    }

    @ParameterizedTest(name = "{0} fails {2}")
    @MethodSource("singleDefects")
    void eachSingleDefectFailsExactlyItsRule(String defect, UnaryOperator<Plans.Edit> change, Set<String> rules) {
        ValidationResult result = engine.validate(Plans.snapshot(change.apply(Plans.edit()).build()));

        assertThat(result.findings()).extracting(Finding::rule).containsOnlyElementsOf(rules).isNotEmpty();
        assertThat(result.findings().stream().map(Finding::rule).collect(Collectors.toSet())).isEqualTo(rules);
        assertThat(result.valid()).isEqualTo(result.findings().stream().noneMatch(Finding::blocking));
    }

    @Test
    void lateCompletePlanOnlyWarns() {
        ValidationResult result = engine.validate(Plans.snapshot(Plans.complete(), Plans.DEADLINE.plusDays(3)));

        assertThat(result.valid()).isTrue();
        assertThat(result.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple("SUBMISSION-DEADLINE", Severity.WARNING));
        assertThat(result.warnings()).hasSize(1);
        assertThat(result.blocking()).isEmpty();
    }

    @Test
    void examplePlanWithoutUploadsFailsOnlyForTheUploads() throws IOException {
        PlanDocument example = examplePlan();

        ValidationResult result = engine.validate(Plans.snapshot(example));

        assertThat(result.valid()).isFalse();
        assertThat(result.findings()).extracting(Finding::rule, Finding::path).containsExactly(
                tuple("ATTACHMENTS-REQUIRED", "$.attachments.Q4_MATURITY_ASSESSMENT"),
                tuple("ATTACHMENTS-REQUIRED", "$.attachments.Q13_DATA_RETURN"));
    }

    @Test
    void examplePlanWithItsUploadsIsValid() throws IOException {
        PlanDocument example = Plans.edit(examplePlan()).attachments(List.of(
                new Attachment(AttachmentSlot.Q4_MATURITY_ASSESSMENT, "maturity.xlsx", null),
                new Attachment(AttachmentSlot.Q13_DATA_RETURN, "data-return.xlsx", null))).build();

        ValidationResult result = engine.validate(Plans.snapshot(example));

        assertThat(result.valid()).isTrue();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void emptyPlanIsInvalid() {
        PlanDocument empty = new PlanDocument(null, "2026-27", null, null, null, null, null, null, null, null, null,
                null, null);

        ValidationResult result = engine.validate(Plans.snapshot(empty));

        assertThat(result.valid()).isFalse();
        assertThat(result.findings()).extracting(Finding::rule).contains("HEADER-COMPLETE", "NARRATIVE-REQUIRED",
                "RISK-COUNT", "CORE-REQUIREMENTS", "ATTACHMENTS-REQUIRED").doesNotContain("FUND-DIRECT-90",
                        "FUND-WITHIN-ALLOCATION", "FUND-UNDERSPEND");
    }

    @Test
    void findingsComeInTaskListThenDocumentOrderThenRuleId() {
        List<Risk> risks = new ArrayList<>(Collections.nCopies(11, Plans.complete().risks().get(0)));
        risks.set(2, Plans.withRag(risks.get(2), Rag.GREEN));
        risks.set(10, Plans.withRag(risks.get(10), Rag.RED));
        PlanDocument plan = Plans.edit()
                .coreRequirement(new CoreRequirement(CoreRequirementId.EAH_2, List.of(), null))
                .governance(List.of(Plans.group("Board", false, Plans.chair(OrganisationType.LA))))
                .risks(risks)
                .baseline(List.of(new BaselineSpend("SALT", Plans.money("1.00"), Plans.money("1.00")),
                        new BaselineSpend("OT", Plans.money("2.00"), Plans.money("1.00"))))
                .allocation("2500000.00")
                .workstream(1, w -> new Workstream(w.name(), w.buildingBlock(), w.outcome(), w.successMeasure(),
                        w.lead(), new Quarters(w.quarters().q2(), null, w.quarters().q4())))
                .roadmap(rows -> {
                    RoadmapRow row = rows.get(0);
                    rows.set(0, new RoadmapRow(row.kind(), row.buildingBlock(), null, row.y2026_27(), null,
                            row.y2028_29()));
                    return rows;
                })
                .withoutAttachment(AttachmentSlot.Q4_MATURITY_ASSESSMENT)
                .narrative(NarrativeKey.Q3_STRATEGY, "")
                .header(h -> new PlanDocument.Header(null, h.integratedCareBoard(), h.sro()))
                .build();

        ValidationResult result = engine.validate(Plans.snapshot(plan, Plans.DEADLINE.plusDays(1)));

        assertThat(result.findings()).extracting(Finding::rule, Finding::path).containsExactly(
                tuple("SUBMISSION-DEADLINE", "$"),
                tuple("HEADER-COMPLETE", "$.header.localAuthority"),
                tuple("NARRATIVE-REQUIRED", "$.narratives.Q3_STRATEGY"),
                tuple("ATTACHMENTS-REQUIRED", "$.attachments.Q4_MATURITY_ASSESSMENT"),
                tuple("ROADMAP-COMPLETE", "$.roadmap[0].y2027_28"),
                tuple("DELIVERY-QUARTER-MILESTONE", "$.deliveryPlan[1].quarters.Q3"),
                tuple("FUND-UNDERSPEND", "$.funding.eahAllocation"),
                tuple("FUND-BASELINE-MAINTAINED", "$.funding.baselineServiceSpend[1]"),
                tuple("RISK-RAG-MATRIX", "$.risks[2].rag"),
                tuple("RISK-COUNT", "$.risks[5]"),
                tuple("RISK-RAG-MATRIX", "$.risks[10].rag"),
                tuple("GOVERNANCE-HEALTH", "$.governance"),
                tuple("GOVERNANCE-PCF", "$.governance"),
                tuple("GOVERNANCE-SRO", "$.governance"),
                tuple("CORE-REQUIREMENTS", "$.coreRequirements[1]"));
    }

    @Test
    void sameSnapshotGivesTheSameResult() {
        PlanSnapshot empty = Plans.snapshot(new PlanDocument(null, "2026-27", null, null, null, null, null, null,
                null, null, null, null, null));

        assertThat(engine.validate(empty)).isEqualTo(engine.validate(empty));
    }

    @Test
    void aCustomRuleListRunsOnlyThoseRules() {
        Rule alwaysWarns = new Rule() {
            @Override
            public String id() {
                return "TEST-RULE";
            }

            @Override
            public Severity severity() {
                return Severity.WARNING;
            }

            @Override
            public List<Finding> check(PlanSnapshot plan) {
                return List.of(new Finding(id(), severity(), "$.risks", "Check the risks"));
            }
        };

        ValidationResult result = new RuleEngine(List.of(alwaysWarns)).validate(Plans.snapshot(Plans.complete()));

        assertThat(result.valid()).isTrue();
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("TEST-RULE");
    }

    private static PlanDocument examplePlan() throws IOException {
        try (InputStream in = RuleEngineTests.class.getResourceAsStream("/plans/complete-plan.json")) {
            assertThat(in).isNotNull();
            return PlanDocumentParsers.standalone().parse(in.readAllBytes());
        }
    }

    private static Arguments defect(String name, UnaryOperator<Plans.Edit> change, String rule) {
        return Arguments.of(name, change, Set.of(rule));
    }

    private static SpendLine withClass(SpendLine line, EahClass eahClass) {
        return new SpendLine(line.category(), line.description(), line.fundingSource(), eahClass, line.discipline(),
                line.q2(), line.q3(), line.q4());
    }

    private static SpendLine withQuarters(SpendLine line, String q2, String q3, String q4) {
        return new SpendLine(line.category(), line.description(), line.fundingSource(), line.eahClass(),
                line.discipline(), Plans.money(q2), Plans.money(q3), Plans.money(q4));
    }

    private static GovernanceRow withMembers(GovernanceRow g, UnaryOperator<GovernanceMember> change) {
        return new GovernanceRow(g.mechanism(), g.kind(), g.purpose(), g.members().stream().map(change).toList(),
                g.cadence(), g.decisionRights(), g.escalationRoute(), g.includesSro());
    }

    private static GovernanceRow withSro(GovernanceRow g, boolean includesSro) {
        return new GovernanceRow(g.mechanism(), g.kind(), g.purpose(), g.members(), g.cadence(), g.decisionRights(),
                g.escalationRoute(), includesSro);
    }
}
