package org.sendplan.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.Money;

import tools.jackson.databind.json.JsonMapper;

class PlanDocumentParserTests {

    final PlanDocumentParser parser = new PlanDocumentParser(JsonMapper.builder().build());

    @Test
    void missingOptionalPartsBecomeEmptyValues() {
        PlanDocument document = parse("{'format': 'sendplan/v1', 'planYear': '2026-27'}");

        assertThat(document.header().sro().name()).isNull();
        assertThat(document.narratives()).hasSize(10).containsOnlyKeys(NarrativeKey.values())
                .allSatisfy((key, text) -> assertThat(text).isEmpty());
        assertThat(document.coreRequirements()).extracting(PlanDocument.CoreRequirement::id)
                .containsExactly(CoreRequirementId.values());
        assertThat(document.deliveryPlan()).isEmpty();
        assertThat(document.funding().eahAllocation()).isNull();
    }

    @Test
    void blankTextIsNullAndOtherTextIsKeptAsWritten() {
        PlanDocument document = parse("""
                {'format': 'sendplan/v1', 'planYear': '2026-27',
                 'header': {'localAuthority': '', 'integratedCareBoard': ' NHS  ICB '},
                 'narratives': {'Q1_VISION': '   ', 'Q3_STRATEGY': ' two  words '},
                 'deliveryPlan': [{'name': 'W1', 'quarters': {'Q3': {'milestone': 'M'}}}]}
                """);

        assertThat(document.header().localAuthority()).isNull();
        assertThat(document.header().integratedCareBoard()).isEqualTo(" NHS  ICB ");
        assertThat(document.narratives().get(NarrativeKey.Q1_VISION)).isEmpty();
        assertThat(document.narratives().get(NarrativeKey.Q3_STRATEGY)).isEqualTo(" two  words ");
        assertThat(document.deliveryPlan().get(0).quarters().q2().milestone()).isNull();
        assertThat(document.deliveryPlan().get(0).quarters().q3().milestone()).isEqualTo("M");
    }

    @Test
    void readsMoneyAndEnumerations() {
        PlanDocument document = parse("""
                {'format': 'sendplan/v1', 'planYear': '2026-27',
                 'funding': {'eahAllocation': '£1,200,000', 'spend': [{'fundingSource': 'EAH',
                   'eahClass': 'DIRECT_DELIVERY_APST', 'q2': '10.5', 'q3': '', 'q4': null}]},
                 'coreRequirements': [{'id': 'MED-2', 'sections': ['Q14', 'ATTACHMENT']}, {'id': 'EAH-1'}]}
                """);

        assertThat(document.funding().eahAllocation()).isEqualTo(Money.parse("1200000.00"));
        PlanDocument.SpendLine line = document.funding().spend().get(0);
        assertThat(line.eahClass()).isEqualTo(EahClass.DIRECT_DELIVERY_APST);
        assertThat(line.q2()).isEqualTo(Money.parse("10.50"));
        assertThat(line.q3()).isNull();
        assertThat(document.coreRequirements().get(0).id()).isEqualTo(CoreRequirementId.EAH_1);
        assertThat(document.coreRequirements().get(40).sections())
                .containsExactly(CoreRequirementSection.Q14, CoreRequirementSection.ATTACHMENT);
    }

    @Test
    void listsEveryErrorWithItsPath() {
        assertThat(errors("""
                {'format': 'sendplan/v1', 'planYear': '2026-27',
                 'header': {'sro': {'organisationType': 'COUNCIL'}},
                 'signatories': [{'name': 'No role'}, null],
                 'narratives': {'Q2_BLUEPRINT': 'x', 'EXEC_SUMMARY': 5},
                 'blueprint': {'rows': [{'kind': 'SUCCESS_MEASURE'}], 'successMeasures': {}},
                 'deliveryPlan': [{'quarters': {'Q1': {}}}],
                 'funding': {'eahAllocation': 1200000, 'spend': [{'q4': '-1'}],
                   'baselineServiceSpend': [{'previousYear': '1'}]},
                 'risks': [{'impact': 'CRITICAL'}, {'likelihood': 4}],
                 'governance': [{'includesSro': 'yes', 'members': [{'chair': 1}]}],
                 'coreRequirements': [{'id': 'EAH-12'}, {'id': 'EAH-1', 'sections': ['Q16', 'Q5', 'Q5']},
                   {'id': 'EAH-1'}],
                 'attachments': [{'filename': 'x.pdf'}],
                 'colour': 'blue'}
                """)).extracting(DocumentError::path).containsExactly(
                "$.colour",
                "$.header.sro.organisationType",
                "$.signatories[0].role",
                "$.signatories[1]",
                "$.narratives.Q2_BLUEPRINT",
                "$.narratives.EXEC_SUMMARY",
                "$.blueprint.rows[0].kind",
                "$.blueprint.successMeasures",
                "$.deliveryPlan[0].quarters.Q1",
                "$.funding.eahAllocation",
                "$.funding.spend[0].q4",
                "$.funding.baselineServiceSpend[0].service",
                "$.risks[1].likelihood",
                "$.governance[0].members[0].chair",
                "$.governance[0].includesSro",
                "$.coreRequirements[0].id",
                "$.coreRequirements[1].sections[0]",
                "$.coreRequirements[1].sections",
                "$.coreRequirements[2].id",
                "$.attachments[0].slot");
    }

    @Test
    void explainsWhatWasExpected() {
        assertThat(errors("{'format': 'sendplan/v1', 'planYear': '2026-27', 'risks': [{'rag': 'PURPLE'}],"
                + " 'funding': {'eahAllocation': '12.345'}, 'roadmap': {}}"))
                .containsExactly(
                        new DocumentError("$.roadmap", "must be an array, not an object"),
                        new DocumentError("$.funding.eahAllocation", "\"12.345\" is not a valid amount: "
                                + "The amount must have no more than 2 decimal places (whole pence)"),
                        new DocumentError("$.risks[0].rag",
                                "\"PURPLE\" is not allowed; expected one of RED, AMBER, GREEN"));
    }

    @Test
    void requiresTheFormatAndAPlanYear() {
        assertThat(errors("{}")).extracting(DocumentError::path).containsExactly("$.format", "$.planYear");
        assertThat(errors("{'format': 'sendplan/v2', 'planYear': '2026'}")).extracting(DocumentError::path)
                .containsExactly("$.format", "$.planYear");
    }

    @Test
    void unusualFieldNamesGetBracketPaths() {
        assertThat(errors("{'format': 'sendplan/v1', 'planYear': '2026-27', 'narratives': {'Q1 vision': 'x'}}"))
                .extracting(DocumentError::path).containsExactly("$.narratives['Q1 vision']");
    }

    @Test
    void refusesTextTheDatabaseCannotHold() {
        String longName = "x".repeat(201);
        assertThat(errors("{'format': 'sendplan/v1', 'planYear': '2026-27', 'header': {'localAuthority': '"
                + longName + "', 'integratedCareBoard': 'a\\u0000b'}}"))
                .extracting(DocumentError::path)
                .containsExactly("$.header.localAuthority", "$.header.integratedCareBoard");
    }

    @Test
    void refusesBodiesThatAreNotOneJsonObject() {
        assertThat(errors("")).extracting(DocumentError::path).containsExactly("$");
        assertThat(errors("[]")).extracting(DocumentError::path).containsExactly("$");
        assertThat(errors("{'format': 'sendplan/v1'} {}")).extracting(DocumentError::path).containsExactly("$");
        assertThat(errors("{'format': 'sendplan/v1', 'format': 'sendplan/v1'}"))
                .singleElement().satisfies(error -> assertThat(error.message()).contains("Duplicate"));
    }

    @Test
    void stopsListingAfterAHundredErrors() {
        String risks = "{'impact': 'X'}, ".repeat(150);
        List<DocumentError> errors = errors("{'format': 'sendplan/v1', 'planYear': '2026-27', 'risks': ["
                + risks + "{}]}");
        assertThat(errors).hasSize(PlanDocumentParser.MAX_ERRORS + 1);
        assertThat(errors.get(PlanDocumentParser.MAX_ERRORS).message()).startsWith("Too many errors");
    }

    private PlanDocument parse(String json) {
        return parser.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private List<DocumentError> errors(String json) {
        PlanDocumentInvalidException invalid = catchThrowableOfType(PlanDocumentInvalidException.class,
                () -> parse(json));
        assertThat(invalid).as("errors in %s", json).isNotNull();
        return invalid.errors();
    }
}
