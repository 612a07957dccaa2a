package org.sendplan.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.signoff.ContentHash;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.ReadyTenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.sendplan.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OutcomeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    Workflow workflow;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanDocumentReader reader;

    @Autowired
    ContentHash contentHash;

    ReadyTenant ready;
    String admin;

    @BeforeEach
    void aSubmittedPlan() {
        ready = fixtures.readyForSignOff("Outcome");
        workflow.submit(ready, ready.planId());
        admin = fixtures.admin();
    }

    @Test
    void onlyAnAdministratorRecordsTheDecisionAndBadInputIsShownBackWithWhatWasTyped() throws Exception {
        String adviser = fixtures.adviser(ready.tenant());
        for (String email : List.of(adviser, ready.sroEmail())) {
            mvc.perform(post("/plans/{id}/outcome", ready.planId()).with(signIn.as(email)).with(csrf())
                    .param("outcome", "APPROVED").param("reasons", "Looks good"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/plans/{id}/outcome", ready.planId()).with(signIn.as(fixtures.adviser())).with(csrf())
                .param("outcome", "APPROVED").param("reasons", "Not my partnership"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/{id}/outcome", ready.planId()).with(signIn.as(admin)).with(csrf())
                .param("reasons", "The funding profile needs work"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select whether the plan is approved")))
                .andExpect(content().string(containsString("The funding profile needs work")));
        mvc.perform(post("/plans/{id}/outcome", ready.planId()).with(signIn.as(admin)).with(csrf())
                .param("outcome", "NOT_APPROVED").param("reasons", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reasons for the decision")));
        assertThat(planStatus(ready.planId())).isEqualTo("SUBMITTED");
    }

    @Test
    void notApprovedLeadsToARevisionThatIsSignedAndSubmittedAgainWithBothPacksKept() throws Exception {
        recordOutcome("NOT_APPROVED", "Q10 does not cover workforce risk");
        assertThat(planStatus(ready.planId())).isEqualTo("NOT_APPROVED");
        byte[] firstPack = pack(ready.planId());

        String location = mvc.perform(post("/plans/{id}/revision", ready.planId()).with(signIn.as(ready.sroEmail()))
                .with(csrf()))
                .andExpect(flash().attribute("banner", "outcome.banner.revisionStarted"))
                .andReturn().getResponse().getRedirectedUrl();
        long revision = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertThat(revision).isNotEqualTo(ready.planId());
        assertThat(planStatus(revision)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select revision from plan where id = :id").param("id", revision).query(Integer.class).single())
                .isEqualTo(2);
        PlanDocument submitted = reader.read(ready.planId());
        assertThat(contentHash.of(reader.read(revision))).isEqualTo(contentHash.of(submitted));

        mvc.perform(post("/plans/{id}/revision", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + ready.planId() + "/outcome"))
                .andExpect(flash().attribute("stateError", "outcome.error.revisionExists"));

        jdbc.sql("update plan_narrative set text = 'A revised vision with workforce risk covered' "
                + "where plan_id = :id and key = 'Q1_VISION'").param("id", revision).update();
        workflow.submit(ready, revision);
        assertThat(planStatus(revision)).isEqualTo("SUBMITTED");

        byte[] secondPack = pack(revision);
        assertThat(pack(ready.planId())).isEqualTo(firstPack);
        assertThat(ContentHash.sha256(secondPack)).isNotEqualTo(ContentHash.sha256(firstPack));
        mvc.perform(get("/").with(signIn.as(ready.sroEmail())))
                .andExpect(content().string(containsString("2026-27 (revision 2)")));
        mvc.perform(get("/plans/{id}/history", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(content().string(containsString("The Department recorded its decision")))
                .andExpect(content().string(containsString("A revision was started from this plan")));
    }

    @Test
    void approvedLeadsToNextYearsPlanOnceTheDepartmentHasOpenedThatYear() throws Exception {
        recordOutcome("APPROVED", "A clear, well-evidenced plan");
        mvc.perform(post("/plans/{id}/revision", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(flash().attribute("stateError", "outcome.error.notNotApproved"));

        jdbc.sql("delete from plan_year where code = '2027-28' and not exists (select 1 from plan where plan_year = '2027-28')")
                .update();
        boolean yearExists = jdbc.sql("select exists (select 1 from plan_year where code = '2027-28')")
                .query(Boolean.class).single();
        if (!yearExists) {
            mvc.perform(post("/plans/{id}/next-year", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                    .andExpect(flash().attribute("stateError", "outcome.error.yearNotOpen"));
            jdbc.sql("insert into plan_year (code, submission_deadline) values ('2027-28', date '2027-06-18')").update();
        }

        String location = mvc.perform(post("/plans/{id}/next-year", ready.planId()).with(signIn.as(ready.sroEmail()))
                .with(csrf()))
                .andExpect(flash().attribute("banner", "outcome.banner.nextYearStarted"))
                .andReturn().getResponse().getRedirectedUrl();
        long next = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertThat(jdbc.sql("select plan_year || ' ' || status from plan where id = :id").param("id", next)
                .query(String.class).single()).isEqualTo("2027-28 DRAFT");
        assertThat(reader.read(next).narratives()).isEqualTo(reader.read(ready.planId()).narratives());
        assertThat(reader.read(next).attachments()).hasSize(2);
        mvc.perform(get("/plans/{id}/outcome", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(content().string(containsString("/plans/" + next)));
    }

    @Test
    void theDecisionIsKeptAsRecordedAndAnApprovedPlanNeverReturnsToDraft() throws Exception {
        recordOutcome("APPROVED", "Approved as submitted");
        mvc.perform(post("/plans/{id}/outcome", ready.planId()).with(signIn.as(admin)).with(csrf())
                .param("outcome", "NOT_APPROVED").param("reasons", "Changed my mind"))
                .andExpect(flash().attribute("stateError", "outcome.error.notSubmitted"));
        for (String sql : new String[] { "update plan_outcome set outcome = 'NOT_APPROVED' where plan_id = :id",
                "delete from plan_outcome where plan_id = :id",
                "update plan set status = 'DRAFT', content_hash = null, frozen_at = null where id = :id" }) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("id", ready.planId()).update()).as(sql)
                    .isInstanceOf(DataAccessException.class);
        }
        assertThat(planStatus(ready.planId())).isEqualTo("APPROVED");
    }

    private void recordOutcome(String outcome, String reasons) throws Exception {
        mvc.perform(post("/plans/{id}/outcome", ready.planId()).with(signIn.as(admin)).with(csrf())
                .param("outcome", outcome).param("reasons", reasons))
                .andExpect(redirectedUrl("/plans/" + ready.planId() + "/outcome"));
        mvc.perform(get("/plans/{id}/outcome", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(content().string(containsString(reasons)));
    }

    private byte[] pack(long planId) throws Exception {
        return mvc.perform(get("/api/plans/{id}/pack", planId).with(signIn.as(ready.sroEmail())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private String planStatus(long planId) {
        return jdbc.sql("select status from plan where id = :id").param("id", planId).query(String.class).single();
    }
}
