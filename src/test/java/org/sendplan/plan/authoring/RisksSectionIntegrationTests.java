package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.Impact;
import org.sendplan.plan.document.Likelihood;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.plan.document.PlanDocumentWriter;
import org.sendplan.plan.document.Rag;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class RisksSectionIntegrationTests {

    static final String PAGE = "/plans/{id}/sections/q10-risks";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    PlanDocumentReader reader;

    @Autowired
    PlanDocumentWriter writer;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = fixtures.tenant("Risks");
    }

    MockHttpServletRequestBuilder postRisks(long version, String action, String completed) {
        MockHttpServletRequestBuilder request = post(PAGE, tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", String.valueOf(version))
                .param("action", action);
        return completed == null ? request : request.param("completed", completed);
    }

    /** A risk typed in full: impact and likelihood, the override choice (or MATRIX), and the rest. */
    static MockHttpServletRequestBuilder risk(MockHttpServletRequestBuilder request, int index, String description,
            String impact, String likelihood, String rag, String reason, String mitigation, String residualRag) {
        String p = "risks[" + index + "].";
        return request.param(p + "description", description).param(p + "impact", impact)
                .param(p + "likelihood", likelihood).param(p + "rag", rag).param(p + "ragOverrideReason", reason)
                .param(p + "mitigation", mitigation).param(p + "residualRag", residualRag);
    }

    @Test
    void taskListLinksToTheRiskPage() throws Exception {
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q10-risks")));
    }

    @Test
    void emptyPlanShowsOneBlankRiskAndTheMatrix() throws Exception {
        mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"risks\"")))
                .andExpect(content().string(containsString("id=\"risks-0\"")))
                .andExpect(content().string(containsString("id=\"risks-0-description\"")))
                .andExpect(content().string(containsString("id=\"risks-0-impact\"")))
                .andExpect(content().string(containsString("id=\"risks-0-likelihood\"")))
                .andExpect(content().string(containsString("id=\"risks-0-rag\"")))
                .andExpect(content().string(containsString("id=\"risks-0-ragOverrideReason\"")))
                .andExpect(content().string(containsString("id=\"risks-0-mitigation\"")))
                .andExpect(content().string(containsString("id=\"risks-0-residualRag\"")))
                .andExpect(content().string(containsString("Where your risks sit on the risk matrix")))
                .andExpect(content().string(not(containsString("id=\"risks-1\""))));
    }

    @Test
    void aFullSaveRoundTrips() throws Exception {
        var request = postRisks(0, "save", "no");
        risk(request, 0, "Not enough therapists to recruit.", "CRITICAL", "POSSIBLE", "MATRIX", "", "Grow our own.", "GREEN");
        risk(request, 1, "Schools do not take part.", "MODERATE", "LIKELY", "RED", "Schools forum vote is close.",
                "Head teacher champions.", "AMBER");
        mvc.perform(request).andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q10-risks"));

        List<Risk> risks = reader.read(tenant.planId()).risks();
        assertThat(risks).containsExactly(
                new Risk("Not enough therapists to recruit.", Impact.CRITICAL, Likelihood.POSSIBLE, Rag.AMBER, null,
                        "Grow our own.", Rag.GREEN),
                new Risk("Schools do not take part.", Impact.MODERATE, Likelihood.LIKELY, Rag.RED,
                        "Schools forum vote is close.", "Head teacher champions.", Rag.AMBER));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");

        String page = mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("Not enough therapists to recruit.")))
                .andExpect(content().string(containsString("Schools forum vote is close.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(checked(page, "risks-0-impact-critical")).isTrue();
        assertThat(checked(page, "risks-0-likelihood-possible")).isTrue();
        assertThat(checked(page, "risks-0-rag-matrix")).isTrue();
        assertThat(checked(page, "risks-1-rag")).isTrue();
        assertThat(checked(page, "risks-1-rag-matrix")).isFalse();
        assertThat(checked(page, "risks-1-residualRag-amber")).isTrue();
    }

    @Test
    void theMatrixRatingIsShownForTheChosenImpactAndLikelihoodWithoutSaving() throws Exception {
        var request = postRisks(0, "rate-risk-0", null);
        risk(request, 0, "Recruitment.", "CRITICAL", "POSSIBLE", "MATRIX", "", "", "");
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"risks-0-matrix-rating\".*?Matrix rating:\\s*<strong class=\"govuk-tag govuk-tag--yellow\">Amber</strong>.*")))
                .andExpect(content().string(containsString("Use the matrix rating (Amber)")))
                .andExpect(content().string(containsString("Recruitment.")));
        assertThat(reader.read(tenant.planId()).risks()).isEmpty();
        assertThat(sectionState()).isEmpty();
    }

    @Test
    void theStoredRatingIsTheMatrixUnlessAnOverrideIsChosen() throws Exception {
        var request = postRisks(0, "later", "no");
        risk(request, 0, "A", "CRISIS", "LIKELY", "MATRIX", "Typed but not an override", "M", "AMBER");
        risk(request, 1, "B", "MARGINAL", "UNLIKELY", "AMBER", "Local knowledge", "M", "GREEN");
        risk(request, 2, "C", "", "VERY_LIKELY", "MATRIX", "", "M", "GREEN");
        mvc.perform(request).andExpect(redirectedUrl("/plans/" + tenant.planId()));
        List<Risk> risks = reader.read(tenant.planId()).risks();
        assertThat(risks.get(0).rag()).isEqualTo(Rag.RED);
        assertThat(risks.get(0).ragOverrideReason()).isNull();
        assertThat(risks.get(1).rag()).isEqualTo(Rag.AMBER);
        assertThat(risks.get(1).ragOverrideReason()).isEqualTo("Local knowledge");
        assertThat(risks.get(2).rag()).isNull();
    }

    @Test
    void addingARiskKeepsEverythingTypedAndSavesNothing() throws Exception {
        var request = postRisks(0, "add-risk", "yes");
        risk(request, 0, "Typed description", "MODERATE", "POSSIBLE", "GREEN", "Typed reason", "Typed mitigation", "GREEN");
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Typed description")))
                .andExpect(content().string(containsString("Typed reason")))
                .andExpect(content().string(containsString("Typed mitigation")))
                .andExpect(content().string(containsString("id=\"risks-1-description\"")))
                .andExpect(content().string(not(containsString("govuk-error-summary"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(checked(page, "risks-0-rag-green")).isTrue();
        assertThat(checked(page, "risks-0-impact-moderate")).isTrue();
        assertThat(checked(page, "completed")).isTrue();
        assertThat(reader.read(tenant.planId()).risks()).isEmpty();
        assertThat(sectionState()).isEmpty();
    }

    @Test
    void removingARiskKeepsTheOthersAndSavesNothing() throws Exception {
        var request = postRisks(0, "remove-risk-1", null);
        risk(request, 0, "First risk", "MODERATE", "POSSIBLE", "MATRIX", "", "First mitigation", "GREEN");
        risk(request, 1, "Second risk", "CRISIS", "LIKELY", "MATRIX", "", "Second mitigation", "AMBER");
        risk(request, 2, "Third risk", "NEGLIGIBLE", "UNLIKELY", "MATRIX", "", "Third mitigation", "GREEN");
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("First risk")))
                .andExpect(content().string(not(containsString("Second risk"))))
                .andExpect(content().string(matchesPattern("(?s).*id=\"risks-1-description\"[^>]*>Third risk</textarea>.*")))
                .andExpect(content().string(not(containsString("id=\"risks-2\""))));
        assertThat(reader.read(tenant.planId()).risks()).isEmpty();
    }

    @Test
    void theAddButtonGoesAtFiveRisks() throws Exception {
        var request = postRisks(0, "add-risk", null);
        for (int i = 0; i < 5; i++) {
            risk(request, i, "Risk " + i, "MODERATE", "POSSIBLE", "MATRIX", "", "M", "GREEN");
        }
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"risks-4\"")))
                .andExpect(content().string(not(containsString("id=\"risks-5\""))))
                .andExpect(content().string(not(containsString("value=\"add-risk\""))))
                .andExpect(content().string(containsString("the most Annex A Q10 allows")));
    }

    @Test
    void aSixthRiskFromAnImportIsShownAndStopsCompletion() throws Exception {
        List<Risk> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(new Risk("Imported risk " + i, Impact.MODERATE, Likelihood.POSSIBLE, Rag.AMBER, null, "M", Rag.GREEN));
        }
        PlanDocument document = reader.read(tenant.planId()).withRisks(six);
        writer.replace(tenant.planId(), document, tenant.sroId());
        mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("Imported risk 6")))
                .andExpect(content().string(containsString("id=\"risks-5\"")))
                .andExpect(content().string(containsString("This plan has 6 risks")))
                .andExpect(content().string(not(containsString("value=\"add-risk\""))));

        var request = postRisks(0, "continue", "yes");
        for (int i = 0; i < 6; i++) {
            risk(request, i, "Imported risk " + (i + 1), "MODERATE", "POSSIBLE", "MATRIX", "", "M", "GREEN");
        }
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#risks-5\"")))
                .andExpect(content().string(containsString("The plan lists 6 risks; at most 5 are allowed")));
        assertThat(reader.read(tenant.planId()).risks()).hasSize(6);
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        String tooLong = "x".repeat(5_001);
        var request = postRisks(0, "later", "no");
        risk(request, 0, tooLong, "DISASTER", "POSSIBLE", "MATRIX", "", "Kept mitigation", "GREEN");
        risk(request, 1, "Kept description", "CRISIS", "LIKELY", "MATRIX", "", "Other", "AMBER");
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Risks")))
                .andExpect(content().string(containsString("href=\"#risks-0-description\"")))
                .andExpect(content().string(containsString("The description of risk 1 must be 5,000 characters or fewer")))
                .andExpect(content().string(containsString("id=\"risks-0-description-error\"")))
                .andExpect(content().string(containsString("href=\"#risks-0-impact\"")))
                .andExpect(content().string(containsString("id=\"risks-0-impact-error\"")))
                .andExpect(content().string(containsString(tooLong)))
                .andExpect(content().string(containsString("Kept mitigation")))
                .andExpect(content().string(containsString("Kept description")));
        assertThat(reader.read(tenant.planId()).risks()).isEmpty();
        assertThat(sectionState()).isEmpty();
    }

    @Test
    void anOverrideWithoutAReasonIsSavedButRefusedOnCompletion() throws Exception {
        var request = postRisks(0, "later", "no");
        risk(request, 0, "Recruitment", "CRITICAL", "POSSIBLE", "GREEN", "", "Grow our own", "GREEN");
        mvc.perform(request).andExpect(redirectedUrl("/plans/" + tenant.planId()));
        Risk saved = reader.read(tenant.planId()).risks().get(0);
        assertThat(saved.rag()).isEqualTo(Rag.GREEN);
        assertThat(saved.ragOverrideReason()).isNull();

        var complete = postRisks(1, "continue", "yes");
        risk(complete, 0, "Recruitment", "CRITICAL", "POSSIBLE", "GREEN", "", "Grow our own", "GREEN");
        mvc.perform(complete)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your changes are saved, but this section is not complete yet")))
                .andExpect(content().string(containsString("href=\"#risks-0-rag\"")))
                .andExpect(content().string(containsString("Risk 1 is rated green but the risk matrix gives amber")))
                .andExpect(content().string(containsString("id=\"risks-0-rag-error\"")));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");

        var withReason = postRisks(2, "continue", "yes");
        risk(withReason, 0, "Recruitment", "CRITICAL", "POSSIBLE", "GREEN", "Funding is already agreed", "Grow our own", "GREEN");
        mvc.perform(withReason).andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q11-dependencies"));
        assertThat(sectionStatus()).isEqualTo("COMPLETED");
    }

    @Test
    void completingWithMissingFieldsIsRefusedWithTheRuleMessages() throws Exception {
        var request = postRisks(0, "continue", "yes");
        risk(request, 0, "Recruitment", "", "POSSIBLE", "MATRIX", "", "", "");
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#risks-0-impact\"")))
                .andExpect(content().string(containsString("Risk 1 has no impact level")))
                .andExpect(content().string(containsString("href=\"#risks-0-mitigation\"")))
                .andExpect(content().string(containsString("Risk 1 has no mitigation")))
                .andExpect(content().string(containsString("href=\"#risks-0-residualRag\"")))
                .andExpect(content().string(containsString("Risk 1 has no residual RAG rating")));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");

        var none = postRisks(1, "continue", "yes");
        risk(none, 0, "", "", "", "MATRIX", "", "", "");
        mvc.perform(none)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#risks\"")))
                .andExpect(content().string(containsString("The plan lists no risks")))
                .andExpect(content().string(containsString("id=\"risks\"")));
        assertThat(reader.read(tenant.planId()).risks()).isEmpty();
    }

    @Test
    void theMatrixTablePlacesEachRiskInItsCell() throws Exception {
        var request = postRisks(0, "save", "no");
        risk(request, 0, "A", "CRITICAL", "POSSIBLE", "MATRIX", "", "M", "GREEN");
        risk(request, 1, "B", "CRISIS", "VERY_LIKELY", "MATRIX", "", "M", "GREEN");
        risk(request, 2, "C", "CRITICAL", "POSSIBLE", "MATRIX", "", "M", "GREEN");
        risk(request, 3, "D", "NEGLIGIBLE", "VERY_UNLIKELY", "MATRIX", "", "M", "GREEN");
        mvc.perform(request).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andReturn().getResponse().getContentAsString();
        assertThat(cell(page, "CRITICAL-POSSIBLE")).contains("Amber", "Risk 1", "Risk 3").doesNotContain("Risk 2");
        assertThat(cell(page, "CRISIS-VERY_LIKELY")).contains("Red", "Risk 2").doesNotContain("Risk 1");
        assertThat(cell(page, "NEGLIGIBLE-VERY_UNLIKELY")).contains("Green", "Risk 4");
        assertThat(cell(page, "MODERATE-LIKELY")).contains("Amber").doesNotContain("Risk");
        assertThat(cell(page, "CRISIS-VERY_UNLIKELY")).contains("Amber");
        assertThat(cell(page, "CRITICAL-LIKELY")).contains("Red");
        assertThat(cell(page, "MARGINAL-UNLIKELY")).contains("Green");
        assertThat(page).contains("app-risk-matrix__cell--red", "app-risk-matrix__cell--amber", "app-risk-matrix__cell--green");
        assertThat(page.indexOf(">Crisis<")).isLessThan(page.indexOf(">Negligible<"));
    }

    @Test
    void aStaleVersionShowsTheConflictAndOverwritesNothing() throws Exception {
        var theirs = postRisks(0, "later", "no");
        risk(theirs, 0, "Their risk", "MODERATE", "POSSIBLE", "MATRIX", "", "Their mitigation", "GREEN");
        mvc.perform(theirs).andExpect(status().is3xxRedirection());
        var mine = postRisks(0, "later", "no");
        risk(mine, 0, "My risk", "CRISIS", "LIKELY", "MATRIX", "", "My mitigation", "AMBER");
        mvc.perform(mine)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Their risk")))
                .andExpect(content().string(containsString("My risk")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(reader.read(tenant.planId()).risks()).extracting(Risk::description).containsExactly("Their risk");
    }

    @Test
    void anotherPartnershipsSroGets404() throws Exception {
        Tenant other = fixtures.tenant("Other");
        mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        var request = post(PAGE, tenant.planId()).with(signIn.as(other.sroEmail())).with(csrf())
                .param("version", "0").param("action", "later");
        risk(request, 0, "Intruder", "CRISIS", "LIKELY", "MATRIX", "", "M", "RED");
        mvc.perform(request).andExpect(status().isNotFound());
        assertThat(reader.read(tenant.planId()).risks()).isEmpty();
    }

    @Test
    void aSignatoryReadsButGets403OnPost() throws Exception {
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(signatory)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"risks[0].description\""))));
        var request = post(PAGE, tenant.planId()).with(signIn.as(signatory)).with(csrf())
                .param("version", "0").param("action", "later");
        risk(request, 0, "Signatory", "CRISIS", "LIKELY", "MATRIX", "", "M", "RED");
        mvc.perform(request).andExpect(status().isForbidden());
        assertThat(reader.read(tenant.planId()).risks()).isEmpty();
    }

    @Test
    void theAnswersShowOnCheckYourAnswers() throws Exception {
        var request = postRisks(0, "later", "no");
        risk(request, 0, "Therapist shortage", "CRITICAL", "POSSIBLE", "RED", "Vacancy rate doubled", "Grow our own", "AMBER");
        mvc.perform(request).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/plans/{id}/check-answers", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Risks and their ratings")))
                .andExpect(content().string(containsString("Therapist shortage")))
                .andExpect(content().string(containsString("Changed from the matrix rating: Vacancy rate doubled")))
                .andExpect(content().string(containsString("Where the risks sit on the risk matrix")))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q10-risks")))
                .andReturn().getResponse().getContentAsString();
        assertThat(cell(page, "CRITICAL-POSSIBLE")).contains("Risk 1");
    }

    /** Whether the input with this id is checked. */
    static boolean checked(String page, String id) {
        Matcher matcher = Pattern.compile("(?s)<input[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        assertThat(matcher.find()).as("input " + id).isTrue();
        return matcher.group().contains("checked");
    }

    /** The HTML of one matrix cell, from its data-cell marker to the end of the cell. */
    private static String cell(String page, String name) {
        Matcher matcher = Pattern.compile("(?s)data-cell=\"" + name + "\">(.*?)</td>").matcher(page);
        assertThat(matcher.find()).as("matrix cell " + name).isTrue();
        return matcher.group(1);
    }

    private String sectionStatus() {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = 'Q10_RISKS'")
                .param("id", tenant.planId()).query(String.class).single();
    }

    private List<String> sectionState() {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = 'Q10_RISKS'")
                .param("id", tenant.planId()).query(String.class).list();
    }
}
