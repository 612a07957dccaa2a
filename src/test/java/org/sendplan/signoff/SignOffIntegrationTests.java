package org.sendplan.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.attachments.SampleFiles;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.ReadyTenant;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignOffIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanDocumentReader reader;

    @Autowired
    ContentHash contentHash;

    ReadyTenant ready;

    @BeforeEach
    void aPlanReadyForSignOff() {
        ready = fixtures.readyForSignOff("Signing");
    }

    @Test
    void sendingForSignOffFreezesThePlanWithTheHashOfItsCanonicalContent() throws Exception {
        sendForSignOff(ready);

        assertThat(planStatus(ready.planId())).isEqualTo("READY_FOR_SIGN_OFF");
        assertThat(storedHash(ready.planId())).isEqualTo(contentHash.of(reader.read(ready.planId())))
                .matches("[0-9a-f]{64}");
        mvc.perform(get("/plans/{id}/sign-off", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(storedHash(ready.planId()))))
                .andExpect(content().string(containsString("Signatures: 0 of 5 required roles")));
    }

    @Test
    void thePlanWithBlockingFindingsStaysADraftAndTheSroIsToldWhy() throws Exception {
        Tenant empty = fixtures.tenant("Unready");
        mvc.perform(post("/plans/{id}/sign-off/request", empty.planId()).with(signIn.as(empty.sroEmail())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + empty.planId() + "/sign-off"))
                .andExpect(flash().attributeExists("notReady"));
        assertThat(planStatus(empty.planId())).isEqualTo("DRAFT");
        mvc.perform(get("/plans/{id}/sign-off", empty.planId()).with(signIn.as(empty.sroEmail())))
                .andExpect(content().string(containsString("to fix before it can go for sign-off")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"send-for-sign-off\""))));
    }

    @Test
    void onlyTheSroSendsForSignOffAndOtherPartnershipsGet404() throws Exception {
        String contributor = fixtures.member(ready.tenant(), MembershipRole.CONTRIBUTOR, null);
        mvc.perform(post("/plans/{id}/sign-off/request", ready.planId()).with(signIn.as(contributor)).with(csrf()))
                .andExpect(status().isForbidden());
        Tenant other = fixtures.tenant("Elsewhere");
        mvc.perform(post("/plans/{id}/sign-off/request", ready.planId()).with(signIn.as(other.sroEmail())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/sign-off", ready.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        assertThat(planStatus(ready.planId())).isEqualTo("DRAFT");
    }

    @Test
    void aFrozenPlanRejectsEveryWritePath() throws Exception {
        sendForSignOff(ready);
        String sro = ready.sroEmail();
        byte[] document = mvc.perform(get("/api/plans/{id}", ready.planId()).with(signIn.as(sro)))
                .andReturn().getResponse().getContentAsByteArray();

        mvc.perform(put("/api/plans/{id}", ready.planId()).with(signIn.as(sro)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isConflict());
        mvc.perform(post("/plans/{id}/sections/q1-vision", ready.planId()).with(signIn.as(sro)).with(csrf())
                .param("version", "1").param("narratives[Q1_VISION]", "Changed after freezing").param("action", "later"))
                .andExpect(status().isConflict());
        mvc.perform(multipart("/plans/{id}/attachments/Q4_MATURITY_ASSESSMENT", ready.planId())
                .file(new MockMultipartFile("file", "other.xlsx", "application/octet-stream", SampleFiles.xlsx()))
                .with(signIn.as(sro)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/plans/{id}/attachments/Q4_MATURITY_ASSESSMENT/remove", ready.planId())
                .with(signIn.as(sro)).with(csrf()))
                .andExpect(status().isConflict());

        assertThat(contentHash.of(reader.read(ready.planId()))).isEqualTo(storedHash(ready.planId()));
    }

    @Test
    void theDatabaseRefusesAnyChangeToAFrozenPlansContent() throws Exception {
        sendForSignOff(ready);
        long planId = ready.planId();
        List<String> writes = List.of(
                "update plan_narrative set text = 'edited' where plan_id = :planId",
                "delete from risk where plan_id = :planId",
                "insert into risk (plan_id, position, description) values (:planId, 9, 'sneaked in')",
                "update plan set sro_name = 'Someone else' where id = :planId",
                "update plan set content_hash = repeat('0', 64) where id = :planId",
                "update governance_member set name = 'edited' where governance_row_id in "
                        + "(select id from governance_row where plan_id = :planId)",
                "delete from attachment where plan_id = :planId");
        for (String sql : writes) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("planId", planId).update())
                    .as(sql).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("cannot change");
        }
        assertThat(contentHash.of(reader.read(planId))).isEqualTo(storedHash(planId));
    }

    @Test
    void signingNeedsTheDeclarationAndTheSignatorysOwnPassword() throws Exception {
        sendForSignOff(ready);
        String dcs = ready.signatories().get(SignatoryRole.LA_DCS);

        mvc.perform(post("/plans/{id}/sign-off/sign", ready.planId()).with(signIn.as(dcs)).with(csrf())
                .param("password", Fixtures.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirm that you have read the plan and sign it off")));
        mvc.perform(post("/plans/{id}/sign-off/sign", ready.planId()).with(signIn.as(dcs)).with(csrf())
                .param("declaration", "true").param("password", "not-my-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password is not correct")))
                .andExpect(content().string(containsString("checked")));
        assertThat(signatureCount(ready.planId())).isZero();

        sign(ready, SignatoryRole.LA_DCS);
        Map<String, Object> row = jdbc.sql("select role, decision, content_hash, client_address from signature where plan_id = :planId")
                .param("planId", ready.planId()).query().singleRow();
        assertThat(row).containsEntry("role", "LA_DCS").containsEntry("decision", "SIGNED")
                .containsEntry("content_hash", storedHash(ready.planId()));
        assertThat(row.get("client_address")).isNotNull();
        mvc.perform(get("/plans/{id}/sign-off/sign", ready.planId()).with(signIn.as(dcs)))
                .andExpect(redirectedUrl("/plans/" + ready.planId() + "/sign-off"));
    }

    @Test
    void whenAllFiveRequiredRolesHaveSignedThePlanIsSigned() throws Exception {
        sendForSignOff(ready);
        List<SignatoryRole> required = List.copyOf(ready.signatories().keySet());
        for (int i = 0; i < required.size(); i++) {
            assertThat(planStatus(ready.planId())).isEqualTo("READY_FOR_SIGN_OFF");
            sign(ready, required.get(i));
        }
        assertThat(planStatus(ready.planId())).isEqualTo("SIGNED");
        assertThat(jdbc.sql("select count(*) from signature where plan_id = :planId and content_hash = :hash and voided_at is null")
                .param("planId", ready.planId()).param("hash", storedHash(ready.planId())).query(Long.class).single())
                .isEqualTo(5);
        mvc.perform(get("/plans/{id}/history", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(content().string(containsString("Signed by all five required leaders")))
                .andExpect(content().string(containsString("Sent for sign-off: the plan was frozen")));
    }

    @Test
    void aDeclineReturnsThePlanToDraftAndVoidsEverySignatureWithoutDeletingAny() throws Exception {
        sendForSignOff(ready);
        sign(ready, SignatoryRole.LA_CHIEF_EXECUTIVE);
        sign(ready, SignatoryRole.ICB_CHIEF_EXECUTIVE);
        String s151 = ready.signatories().get(SignatoryRole.LA_S151_OFFICER);

        mvc.perform(post("/plans/{id}/sign-off/decline", ready.planId()).with(signIn.as(s151)).with(csrf())
                .param("reason", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why you are declining to sign")));
        assertThat(planStatus(ready.planId())).isEqualTo("READY_FOR_SIGN_OFF");

        mvc.perform(post("/plans/{id}/sign-off/decline", ready.planId()).with(signIn.as(s151)).with(csrf())
                .param("reason", "The spend profile for Q3 is not agreed"))
                .andExpect(redirectedUrl("/plans/" + ready.planId() + "/sign-off"));

        assertThat(planStatus(ready.planId())).isEqualTo("DRAFT");
        assertThat(storedHash(ready.planId())).isNull();
        assertThat(jdbc.sql("select count(*) from signature where plan_id = :planId and voided_at is not null and void_reason = 'DECLINED'")
                .param("planId", ready.planId()).query(Long.class).single()).isEqualTo(3);
        assertThat(signatureCount(ready.planId())).isEqualTo(3);
        mvc.perform(get("/plans/{id}/sign-off", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(content().string(containsString("The spend profile for Q3 is not agreed")))
                .andExpect(content().string(containsString("A signatory declined")));
        assertThatThrownBy(() -> jdbc.sql("delete from signature where plan_id = :planId").param("planId", ready.planId())
                .update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void theSroWithdrawingVoidsEverySignatureAndTheSignatoriesSignAgainNextRound() throws Exception {
        sendForSignOff(ready);
        sign(ready, SignatoryRole.LA_DCS);
        mvc.perform(post("/plans/{id}/sign-off/withdraw", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + ready.planId() + "/sign-off"));
        assertThat(planStatus(ready.planId())).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select void_reason from signature where plan_id = :planId").param("planId", ready.planId())
                .query(String.class).single()).isEqualTo("WITHDRAWN");

        jdbc.sql("update plan_narrative set text = 'A sharper vision' where plan_id = :planId and key = 'Q1_VISION'")
                .param("planId", ready.planId()).update();
        sendForSignOff(ready);
        sign(ready, SignatoryRole.LA_DCS);
        assertThat(jdbc.sql("select count(distinct content_hash) from signature where plan_id = :planId")
                .param("planId", ready.planId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyThePartnershipsSignatoriesMaySign() throws Exception {
        sendForSignOff(ready);
        String contributor = fixtures.member(ready.tenant(), MembershipRole.CONTRIBUTOR, null);
        mvc.perform(get("/plans/{id}/sign-off/sign", ready.planId()).with(signIn.as(contributor)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/sign-off/sign", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf())
                .param("declaration", "true").param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
        Tenant other = fixtures.tenant("Neighbour");
        String foreignSignatory = fixtures.member(other, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        mvc.perform(post("/plans/{id}/sign-off/sign", ready.planId()).with(signIn.as(foreignSignatory)).with(csrf())
                .param("declaration", "true").param("password", Fixtures.PASSWORD))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/{id}/sign-off/decline", ready.planId()).with(signIn.as(foreignSignatory)).with(csrf())
                .param("reason", "Not mine to decline"))
                .andExpect(status().isNotFound());
        assertThat(signatureCount(ready.planId())).isZero();
        assertThat(planStatus(ready.planId())).isEqualTo("READY_FOR_SIGN_OFF");
    }

    @Test
    void signatoriesSeeThePlansWaitingForThemOnTheHomePage() throws Exception {
        String ceo = ready.signatories().get(SignatoryRole.LA_CHIEF_EXECUTIVE);
        mvc.perform(get("/").with(signIn.as(ceo)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("waiting-for-sign-off"))));
        sendForSignOff(ready);
        mvc.perform(get("/").with(signIn.as(ceo)))
                .andExpect(content().string(containsString("Plans waiting for your sign-off")))
                .andExpect(content().string(containsString("/plans/" + ready.planId() + "/sign-off")));
        sign(ready, SignatoryRole.LA_CHIEF_EXECUTIVE);
        mvc.perform(get("/sign-off").with(signIn.as(ceo)))
                .andExpect(content().string(containsString("No plans are waiting for your sign-off")));
    }

    private void sendForSignOff(ReadyTenant tenant) throws Exception {
        mvc.perform(post("/plans/{id}/sign-off/request", tenant.planId()).with(signIn.as(tenant.sroEmail())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sign-off"))
                .andExpect(flash().attribute("banner", "signoff.banner.sent"));
    }

    private void sign(ReadyTenant tenant, SignatoryRole role) throws Exception {
        mvc.perform(post("/plans/{id}/sign-off/sign", tenant.planId()).with(signIn.as(tenant.signatories().get(role)))
                .with(csrf()).param("declaration", "true").param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sign-off"));
    }

    private String planStatus(long planId) {
        return jdbc.sql("select status from plan where id = :planId").param("planId", planId).query(String.class).single();
    }

    private String storedHash(long planId) {
        return jdbc.sql("select content_hash from plan where id = :planId").param("planId", planId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    private long signatureCount(long planId) {
        return jdbc.sql("select count(*) from signature where plan_id = :planId").param("planId", planId)
                .query(Long.class).single();
    }
}
