package org.sendplan.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TenantScopingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    Tenant northshire;
    Tenant southvale;

    @BeforeEach
    void twoPartnerships() {
        northshire = fixtures.tenant("Northshire");
        southvale = fixtures.tenant("Southvale");
    }

    @Test
    void memberSeesOwnPlanTaskList() throws Exception {
        mvc.perform(get("/plans/{id}", northshire.planId()).with(signIn.as(northshire.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-task-list")))
                .andExpect(content().string(containsString(northshire.partnership().getName())));
    }

    @Test
    void foreignPlanPageAnswers404() throws Exception {
        mvc.perform(get("/plans/{id}", northshire.planId()).with(signIn.as(southvale.sroEmail())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(northshire.partnership().getName()))));
    }

    @Test
    void foreignPlanApiAnswers404() throws Exception {
        mvc.perform(get("/api/plans/{id}", northshire.planId()).with(signIn.as(southvale.sroEmail())))
                .andExpect(status().isNotFound());
    }

    @Test
    void foreignPlanAnswers404ToEveryRoleOfAnotherPartnership() throws Exception {
        String contributor = fixtures.member(southvale, MembershipRole.CONTRIBUTOR, null);
        String signatory = fixtures.member(southvale, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        for (String email : new String[] { contributor, signatory }) {
            mvc.perform(get("/plans/{id}", northshire.planId()).with(signIn.as(email)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void unknownPlanIdAnswers404LikeAForeignOne() throws Exception {
        mvc.perform(get("/plans/{id}", Long.MAX_VALUE).with(signIn.as(southvale.sroEmail())))
                .andExpect(status().isNotFound());
    }

    @Test
    void planListApiShowsOnlyOwnPartnershipsPlans() throws Exception {
        mvc.perform(get("/api/plans").with(signIn.as(southvale.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(southvale.planId()))
                .andExpect(jsonPath("$[0].partnership").value(southvale.partnership().getName()))
                .andExpect(jsonPath("$[0].planYear").value("2026-27"))
                .andExpect(jsonPath("$[0].status").value("DRAFT"));
    }

    @Test
    void adviserSeesAssignedPartnershipButNotOthers() throws Exception {
        String adviser = fixtures.adviser(northshire);
        mvc.perform(get("/").with(signIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(northshire.partnership().getName())))
                .andExpect(content().string(not(containsString(southvale.partnership().getName()))));
        mvc.perform(get("/plans/{id}", northshire.planId()).with(signIn.as(adviser)))
                .andExpect(status().isOk());
        mvc.perform(get("/plans/{id}", southvale.planId()).with(signIn.as(adviser)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/{id}", southvale.planId()).with(signIn.as(adviser)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/plans").with(signIn.as(adviser)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(northshire.planId()));
    }

    @Test
    void adminSeesEveryPartnership() throws Exception {
        String admin = fixtures.admin();
        mvc.perform(get("/").with(signIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(northshire.partnership().getName())))
                .andExpect(content().string(containsString(southvale.partnership().getName())));
        mvc.perform(get("/plans/{id}", southvale.planId()).with(signIn.as(admin)))
                .andExpect(status().isOk());
    }

    @Test
    void homeShowsMembersOwnPlanOnly() throws Exception {
        mvc.perform(get("/").with(signIn.as(northshire.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/plans/" + northshire.planId())))
                .andExpect(content().string(not(containsString("/plans/" + southvale.planId() + "\""))))
                .andExpect(content().string(not(containsString(southvale.partnership().getName()))));
    }

    @Test
    void signedOutUserIsSentToSignIn() throws Exception {
        mvc.perform(get("/plans/{id}", northshire.planId()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void signedOutApiCallAnswers401() throws Exception {
        mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized());
    }
}
