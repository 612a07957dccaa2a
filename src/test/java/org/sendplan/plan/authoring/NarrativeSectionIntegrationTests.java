package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class NarrativeSectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    PlanDocumentReader reader;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = fixtures.tenant("Narrative");
    }

    MockHttpServletRequestBuilder saveQ1(String text, long version, String completed, String action) {
        return post("/plans/{id}/sections/q1-vision", tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", String.valueOf(version))
                .param("narratives-Q1_VISION", text)
                .param("completed", completed)
                .param("action", action);
    }

    @Test
    void taskListLinksToTheNarrativePages() throws Exception {
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q1-vision")))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q8-other-funding")));
    }

    @Test
    void savesAndMarksCompletedWhenTheAnswerIsWithinTheLimit() throws Exception {
        mvc.perform(saveQ1("Every child in a setting that includes them.", 0, "yes", "later"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId()));
        assertThat(reader.read(tenant.planId()).narratives().get(NarrativeKey.Q1_VISION))
                .isEqualTo("Every child in a setting that includes them.");
        assertThat(sectionStatus("Q1_VISION")).isEqualTo("COMPLETED");
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("Completed")));
    }

    @Test
    void saveAndContinueGoesToTheNextSection() throws Exception {
        mvc.perform(saveQ1("Goals.", 0, "no", "continue"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q2-blueprint"));
        assertThat(sectionStatus("Q1_VISION")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void sixHundredWordsAreSavedButTheSectionCannotBeCompleted() throws Exception {
        String text = "word ".repeat(600).trim();
        mvc.perform(saveQ1(text, 0, "yes", "continue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("600")))
                .andExpect(content().string(containsString("href=\"#narratives-Q1_VISION\"")))
                .andExpect(content().string(containsString(text)));
        assertThat(reader.read(tenant.planId()).narratives().get(NarrativeKey.Q1_VISION)).isEqualTo(text);
        assertThat(sectionStatus("Q1_VISION")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void emptyAnswerCannotBeMarkedCompleted() throws Exception {
        mvc.perform(saveQ1("", 0, "yes", "continue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
        assertThat(sectionStatus("Q1_VISION")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void staleVersionShowsBothVersionsAndOverwritesNothing() throws Exception {
        mvc.perform(saveQ1("Their vision.", 0, "no", "later")).andExpect(status().is3xxRedirection());
        mvc.perform(saveQ1("My vision.", 0, "no", "later"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Their vision.")))
                .andExpect(content().string(containsString("My vision.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(reader.read(tenant.planId()).narratives().get(NarrativeKey.Q1_VISION)).isEqualTo("Their vision.");
        mvc.perform(saveQ1("My vision.", 1, "no", "later")).andExpect(status().is3xxRedirection());
        assertThat(reader.read(tenant.planId()).narratives().get(NarrativeKey.Q1_VISION)).isEqualTo("My vision.");
    }

    @Test
    void qEightShowsBothAnswersOnOnePage() throws Exception {
        mvc.perform(post("/plans/{id}/sections/q8-other-funding", tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", "0").param("narratives-Q8A_BLOCK_TRANSFER", "No transfer this year.")
                .param("narratives-Q8B_CAPITAL", "Capital for inclusion bases.").param("action", "later"))
                .andExpect(status().is3xxRedirection());
        var narratives = reader.read(tenant.planId()).narratives();
        assertThat(narratives.get(NarrativeKey.Q8A_BLOCK_TRANSFER)).isEqualTo("No transfer this year.");
        assertThat(narratives.get(NarrativeKey.Q8B_CAPITAL)).isEqualTo("Capital for inclusion bases.");
    }

    @Test
    void savesAreAuditedWithBeforeAndAfter() throws Exception {
        mvc.perform(saveQ1("First.", 0, "no", "later"));
        mvc.perform(saveQ1("Second.", 1, "no", "later"));
        var rows = jdbc.sql("""
                select before_content ->> 'narratives' as before, after_content ->> 'narratives' as after, section, actor_email
                  from audit_event where plan_id = :planId and event_type = 'SECTION_SAVED' order by id
                """).param("planId", tenant.planId()).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("before").toString()).contains("First.");
        assertThat(rows.get(1).get("after").toString()).contains("Second.");
        assertThat(rows.get(1).get("section")).isEqualTo("Q1_VISION");
        assertThat(rows.get(1).get("actor_email")).isEqualTo(tenant.sroEmail());
        mvc.perform(get("/plans/{id}/history", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Second.")));
    }

    @Test
    void autosaveSavesTextAndReturnsTheNewVersion() throws Exception {
        mvc.perform(post("/plans/{id}/sections/q1-vision/autosave", tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", "0").param("narratives-Q1_VISION", "Typed so far"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/plans/{id}/sections/q1-vision/autosave", tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", "0").param("narratives-Q1_VISION", "Stale"))
                .andExpect(status().isConflict());
        assertThat(reader.read(tenant.planId()).narratives().get(NarrativeKey.Q1_VISION)).isEqualTo("Typed so far");
    }

    @Test
    void signatoriesAndAdvisersReadButCannotWrite() throws Exception {
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        String adviser = fixtures.adviser(tenant);
        for (String email : new String[] { signatory, adviser }) {
            mvc.perform(get("/plans/{id}/sections/q1-vision", tenant.planId()).with(signIn.as(email)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("name=\"narratives-Q1_VISION\""))));
            mvc.perform(post("/plans/{id}/sections/q1-vision", tenant.planId()).with(signIn.as(email)).with(csrf())
                    .param("version", "0").param("narratives-Q1_VISION", "x"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherPartnershipsPlanAnswers404() throws Exception {
        Tenant other = fixtures.tenant("Other");
        mvc.perform(get("/plans/{id}/sections/q1-vision", tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/{id}/sections/q1-vision", tenant.planId()).with(signIn.as(other.sroEmail()))
                .with(csrf()).param("version", "0").param("narratives-Q1_VISION", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/history", tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/check-answers", tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPlanThatIsNoLongerADraftCannotBeChanged() throws Exception {
        jdbc.sql("""
                update plan set status = 'READY_FOR_SIGN_OFF', content_hash = repeat('a', 64), frozen_at = now()
                 where id = :id
                """).param("id", tenant.planId()).update();
        mvc.perform(saveQ1("Late edit.", 0, "no", "later")).andExpect(status().isConflict());
        mvc.perform(get("/plans/{id}/sections/q1-vision", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has been sent for sign-off, signed or submitted, so it cannot be changed")));
    }

    @Test
    void unknownSectionAnswers404() throws Exception {
        mvc.perform(get("/plans/{id}/sections/q99-nothing", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isNotFound());
    }

    private String sectionStatus(String section) {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = :section")
                .param("id", tenant.planId()).param("section", section).query(String.class).single();
    }
}
