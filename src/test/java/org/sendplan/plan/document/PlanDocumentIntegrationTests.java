package org.sendplan.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class PlanDocumentIntegrationTests {

    /** A copy of ../shared/spec/examples/complete-plan.json, so the build needs nothing outside the project. */
    static final String EXAMPLE = "/plans/complete-plan.json";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Tenant southvale;
    byte[] example;

    @BeforeEach
    void draftPlanAndExample() throws IOException {
        southvale = fixtures.tenant("Southvale");
        try (InputStream in = getClass().getResourceAsStream(EXAMPLE)) {
            example = in.readAllBytes();
        }
    }

    @Test
    void importedExampleExportsIdenticallyAndRoundTripsByteForByte() throws Exception {
        putDocument(southvale.sroEmail(), example).andExpect(status().isOk());
        byte[] first = getDocument(southvale.sroEmail());

        putDocument(southvale.sroEmail(), first).andExpect(status().isOk());
        byte[] second = getDocument(southvale.sroEmail());

        assertThat(second).isEqualTo(first);
        assertThat(json.readTree(first)).isEqualTo(json.readTree(example));
        // Compact re-serialisation keeps the example's field order, so this also pins the order of plan-format.md.
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(json.readTree(example).toString());
    }

    @Test
    void putAnswersTheStoredDocumentAndBumpsTheVersion() throws Exception {
        long before = version(southvale.planId());
        byte[] answer = putDocument(southvale.sroEmail(), example)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(answer).isEqualTo(getDocument(southvale.sroEmail()));
        assertThat(version(southvale.planId())).isEqualTo(before + 1);
        assertThat(jdbc.sql("select local_authority from plan where id = :id").param("id", southvale.planId())
                .query(String.class).single()).isEqualTo("Southvale Borough Council");
    }

    @Test
    void putReplacesRowsRatherThanAddingToThem() throws Exception {
        putDocument(southvale.sroEmail(), example).andExpect(status().isOk());
        ObjectNode smaller = exampleTree();
        smaller.withArray("risks").remove(2);
        smaller.withArray("governance").remove(0);
        putDocument(southvale.sroEmail(), bytes(smaller)).andExpect(status().isOk());

        assertThat(json.readTree(getDocument(southvale.sroEmail()))).isEqualTo(smaller);
        assertThat(jdbc.sql("select count(*) from governance_member m"
                + " join governance_row g on g.id = m.governance_row_id where g.plan_id = :id")
                .param("id", southvale.planId()).query(Long.class).single()).isZero();
    }

    @Test
    void governanceMembersStayWithTheirRowsInOrder() throws Exception {
        ObjectNode document = exampleTree();
        ObjectNode sro = (ObjectNode) document.withArray("governance").remove(1);
        sro.withArray("members").addObject().put("name", "Sam Patel").put("organisationType", "LA").put("chair", true);
        sro.withArray("members").addObject().put("name", "Deputy").putNull("organisationType").put("chair", false);
        document.withArray("governance").insert(0, sro);
        document.withArray("governance").addObject().put("mechanism", "Empty forum").put("kind", "GROUP");

        putDocument(southvale.sroEmail(), bytes(document)).andExpect(status().isOk());

        JsonNode governance = json.readTree(getDocument(southvale.sroEmail())).get("governance");
        assertThat(governance).hasSize(3);
        assertThat(governance.get(0).get("members")).isEqualTo(sro.get("members"));
        assertThat(governance.get(1).get("members").get(4).get("name").stringValue()).isEqualTo("CYP member");
        assertThat(governance.get(2).get("members")).isEmpty();
        assertThat(governance.get(2).get("includesSro").booleanValue()).isFalse();
    }

    @Test
    void putLeavesAttachmentsAndStatusAlone() throws Exception {
        String sha256 = "a".repeat(64);
        jdbc.sql("""
                insert into attachment (plan_id, slot, filename, content_type, size_bytes, sha256, content)
                values (:planId, 'Q4_MATURITY_ASSESSMENT', 'maturity.xlsx', 'application/octet-stream', 3,
                        :sha, :content)
                """)
                .param("planId", southvale.planId())
                .param("sha", sha256)
                .param("content", new byte[] { 1, 2, 3 })
                .update();

        putDocument(southvale.sroEmail(), example).andExpect(status().isOk());

        JsonNode exported = json.readTree(getDocument(southvale.sroEmail()));
        assertThat(exported.get("attachments").size()).isEqualTo(1);
        assertThat(exported.get("attachments").get(0).get("slot").stringValue()).isEqualTo("Q4_MATURITY_ASSESSMENT");
        assertThat(exported.get("attachments").get(0).get("filename").stringValue()).isEqualTo("maturity.xlsx");
        assertThat(exported.get("attachments").get(0).get("sha256").stringValue()).isEqualTo(sha256);
        ObjectNode withoutAttachments = (ObjectNode) exported.deepCopy();
        withoutAttachments.putArray("attachments");
        assertThat(withoutAttachments).isEqualTo(json.readTree(example));
        assertThat(jdbc.sql("select status from plan where id = :id").param("id", southvale.planId())
                .query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void minimalDocumentExportsEveryNarrativeAsEmptyTextAndEveryRequirementUnmapped() throws Exception {
        putDocument(southvale.sroEmail(), """
                {"format": "sendplan/v1", "planYear": "2026-27",
                 "header": {"localAuthority": "", "integratedCareBoard": "  ", "sro": null},
                 "narratives": {"Q1_VISION": "Our vision", "Q3_STRATEGY": null}}
                """.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk());

        mvc.perform(get("/api/plans/{id}", southvale.planId()).with(signIn.as(southvale.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.header.localAuthority").isEmpty())
                .andExpect(jsonPath("$.header.integratedCareBoard").isEmpty())
                .andExpect(jsonPath("$.header.sro.name").isEmpty())
                .andExpect(jsonPath("$.narratives.length()").value(10))
                .andExpect(jsonPath("$.narratives.EXEC_SUMMARY").value(""))
                .andExpect(jsonPath("$.narratives.Q1_VISION").value("Our vision"))
                .andExpect(jsonPath("$.narratives.Q3_STRATEGY").value(""))
                .andExpect(jsonPath("$.blueprint.rows.length()").value(0))
                .andExpect(jsonPath("$.funding.eahAllocation").isEmpty())
                .andExpect(jsonPath("$.coreRequirements.length()").value(41))
                .andExpect(jsonPath("$.coreRequirements[0].id").value("EAH-1"))
                .andExpect(jsonPath("$.coreRequirements[40].id").value("MED-2"))
                .andExpect(jsonPath("$.coreRequirements[40].sections.length()").value(0))
                .andExpect(jsonPath("$.coreRequirements[40].evidence").isEmpty());
        assertThat(jdbc.sql("select count(*) from core_requirement where plan_id = :id")
                .param("id", southvale.planId()).query(Long.class).single()).isZero();
    }

    @Test
    void contributorMayReplaceTheDraft() throws Exception {
        String contributor = fixtures.member(southvale, MembershipRole.CONTRIBUTOR, null);
        putDocument(contributor, example).andExpect(status().isOk());
    }

    @Test
    void foreignPlanIdAnswers404ToGetAndPut() throws Exception {
        Tenant northshire = fixtures.tenant("Northshire");
        mvc.perform(get("/api/plans/{id}", southvale.planId()).with(signIn.as(northshire.sroEmail())))
                .andExpect(status().isNotFound());
        putDocument(northshire.sroEmail(), example).andExpect(status().isNotFound());
        assertThat(version(southvale.planId())).isZero();
    }

    @Test
    void signatoryMayReadButNotReplace() throws Exception {
        String signatory = fixtures.member(southvale, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        mvc.perform(get("/api/plans/{id}", southvale.planId()).with(signIn.as(signatory)))
                .andExpect(status().isOk());
        putDocument(signatory, example).andExpect(status().isForbidden());
        assertThat(version(southvale.planId())).isZero();
    }

    @Test
    void assignedAdviserMayReadButNotReplace() throws Exception {
        String adviser = fixtures.adviser(southvale);
        mvc.perform(get("/api/plans/{id}", southvale.planId()).with(signIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("sendplan/v1"));
        putDocument(adviser, example).andExpect(status().isForbidden());
    }

    @Test
    void malformedDocumentAnswers400WithEveryErrorAndItsPath() throws Exception {
        ObjectNode document = exampleTree();
        ((ObjectNode) document.get("risks").get(2)).put("impact", "SEVERE");
        ((ObjectNode) document.get("funding").get("spend").get(0)).put("q2", "12.345");
        document.put("roadmap", "a string, not rows");

        putDocument(southvale.sroEmail(), bytes(document))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].path").value(containsInAnyOrder("$.risks[2].impact",
                        "$.funding.spend[0].q2", "$.roadmap")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("\"SEVERE\" is not allowed; "
                        + "expected one of CRISIS, CRITICAL, MODERATE, MARGINAL, NEGLIGIBLE")));
        assertThat(version(southvale.planId())).isZero();
    }

    @Test
    void wrongFormatAndPlanYearAnswer400() throws Exception {
        ObjectNode document = exampleTree();
        document.put("format", "sendplan/v2");
        putDocument(southvale.sroEmail(), bytes(document))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path").value(contains("$.format")));

        document = exampleTree();
        document.put("planYear", "2027-28");
        putDocument(southvale.sroEmail(), bytes(document))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.planYear"))
                .andExpect(jsonPath("$.errors[0].message").value("must be \"2026-27\", the year of this plan"));
    }

    @Test
    void bodyThatIsNotJsonAnswers400() throws Exception {
        putDocument(southvale.sroEmail(), "{\"format\": ".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$"));
        putDocument(southvale.sroEmail(), "[]".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$"));
    }

    @Test
    void planFrozenForSignOffAnswers409() throws Exception {
        jdbc.sql("""
                update plan set status = 'READY_FOR_SIGN_OFF', content_hash = repeat('a', 64), frozen_at = now()
                 where id = :id
                """).param("id", southvale.planId()).update();
        putDocument(southvale.sroEmail(), example)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("READY_FOR_SIGN_OFF"));
        assertThat(version(southvale.planId())).isZero();
    }

    @Test
    void putWithoutCsrfTokenAnswers403() throws Exception {
        mvc.perform(put("/api/plans/{id}", southvale.planId())
                        .with(signIn.as(southvale.sroEmail()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(example))
                .andExpect(status().isForbidden());
        assertThat(version(southvale.planId())).isZero();
    }

    @Test
    void signedOutGetAnswers401() throws Exception {
        mvc.perform(get("/api/plans/{id}", southvale.planId())).andExpect(status().isUnauthorized());
    }

    private ResultActions putDocument(String email, byte[] body) throws Exception {
        return mvc.perform(put("/api/plans/{id}", southvale.planId())
                .with(signIn.as(email))
                .with(csrf().asHeader())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private byte[] getDocument(String email) throws Exception {
        return mvc.perform(get("/api/plans/{id}", southvale.planId()).with(signIn.as(email)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private ObjectNode exampleTree() {
        return (ObjectNode) json.readTree(example);
    }

    private byte[] bytes(JsonNode document) {
        return json.writeValueAsBytes(document);
    }

    private long version(long planId) {
        return jdbc.sql("select version from plan where id = :id").param("id", planId).query(Long.class).single();
    }
}
