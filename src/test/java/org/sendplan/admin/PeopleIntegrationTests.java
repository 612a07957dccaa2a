package org.sendplan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The SRO's People page: always their own partnership; invite with a role; remove a member. */
@IntegrationTest
class PeopleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSroSeesOnlyTheirOwnPartnershipsPeople() throws Exception {
        Tenant mine = fixtures.tenant("Mine");
        Tenant theirs = fixtures.tenant("Theirs");
        String colleague = fixtures.member(mine, MembershipRole.CONTRIBUTOR, null);
        String stranger = fixtures.member(theirs, MembershipRole.CONTRIBUTOR, null);

        mvc.perform(get("/partnership/people").with(signIn.as(mine.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(mine.partnership().getName())))
                .andExpect(content().string(containsString(colleague)))
                .andExpect(content().string(not(containsString(stranger))))
                .andExpect(content().string(not(containsString(theirs.sroEmail()))));
    }

    @Test
    void peopleIsOnlyForSros() throws Exception {
        Tenant tenant = fixtures.tenant("OnlySro");
        for (String email : new String[] { fixtures.member(tenant, MembershipRole.CONTRIBUTOR, null),
                fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS), fixtures.adviser(tenant),
                fixtures.admin() }) {
            mvc.perform(get("/partnership/people").with(signIn.as(email))).andExpect(status().isForbidden());
            mvc.perform(post("/partnership/people/invite").with(signIn.as(email)).with(csrf())
                    .param("email", "x@example.test").param("role", "CONTRIBUTOR")).andExpect(status().isForbidden());
        }
    }

    @Test
    void theSroInvitesASignatoryInTheirSignOffRole() throws Exception {
        Tenant tenant = fixtures.tenant("Signer");
        String email = "place-" + System.nanoTime() + "@signer.test";
        mvc.perform(post("/partnership/people/invite").with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("email", email).param("role", "SIGNATORY").param("signatoryRole", "ICB_PLACE_DIRECTOR")
                // Forged: the partnership always comes from the signed-in SRO.
                .param("partnershipId", String.valueOf(fixtures.tenant("Elsewhere").partnership().getId())))
                .andExpect(redirectedUrl("/partnership/people"));

        record Row(long partnershipId, String role, String signatoryRole, boolean expiresInSevenDays) {
        }
        assertThat(jdbc.sql("""
                select partnership_id, role, signatory_role, expires_at = created_at + interval '7 days' as expires_in_seven_days
                  from invitation where email = :email
                """).param("email", email).query(Row.class).single())
                .isEqualTo(new Row(tenant.partnership().getId(), "SIGNATORY", "ICB_PLACE_DIRECTOR", true));
        mvc.perform(get("/partnership/people").with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("NHS Place Director")));
    }

    @Test
    void aSignatoryInvitationNeedsItsSignOffRole() throws Exception {
        Tenant tenant = fixtures.tenant("NoRole");
        mvc.perform(post("/partnership/people/invite").with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("email", "kept@norole.test").param("role", "SIGNATORY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the role they sign the plan in")))
                .andExpect(content().string(containsString("value=\"kept@norole.test\"")));
        mvc.perform(post("/partnership/people/invite").with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("email", "not an email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("Choose whether they are a contributor or a signatory")));
    }

    @Test
    void theSroRemovesAMemberWhoThenLosesAccess() throws Exception {
        Tenant tenant = fixtures.tenant("Remove");
        String contributor = fixtures.member(tenant, MembershipRole.CONTRIBUTOR, null);
        long membershipId = membershipId(tenant, contributor);

        mvc.perform(get("/partnership/people/{id}/remove", membershipId).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(contributor)));
        mvc.perform(post("/partnership/people/{id}/remove", membershipId).with(signIn.as(tenant.sroEmail()))
                .with(csrf()))
                .andExpect(redirectedUrl("/partnership/people"))
                .andExpect(flash().attribute("banner", "people.banner.removed"));
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(contributor))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_event where partnership_id = :id and event_type = 'MEMBER_REMOVED'")
                .param("id", tenant.partnership().getId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theOnlySroCannotRemoveThemselves() throws Exception {
        Tenant tenant = fixtures.tenant("OnlyOne");
        long own = membershipId(tenant, tenant.sroEmail());
        mvc.perform(post("/partnership/people/{id}/remove", own).with(signIn.as(tenant.sroEmail())).with(csrf()))
                .andExpect(flash().attribute("problem", "people.error.lastSro"));
        assertThat(jdbc.sql("select count(*) from membership where id = :id").param("id", own).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aForgedMemberIdOfAnotherPartnershipAnswers404() throws Exception {
        Tenant mine = fixtures.tenant("Forger");
        Tenant theirs = fixtures.tenant("Victim");
        long foreign = membershipId(theirs, fixtures.member(theirs, MembershipRole.CONTRIBUTOR, null));

        mvc.perform(get("/partnership/people/{id}/remove", foreign).with(signIn.as(mine.sroEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/partnership/people/{id}/remove", foreign).with(signIn.as(mine.sroEmail())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from membership where id = :id").param("id", foreign).query(Integer.class)
                .single()).isEqualTo(1);
    }

    private long membershipId(Tenant tenant, String email) {
        return jdbc.sql("""
                select m.id from membership m join app_user u on u.id = m.user_id
                 where m.partnership_id = :partnershipId and lower(u.email) = lower(:email)
                """)
                .param("partnershipId", tenant.partnership().getId())
                .param("email", email)
                .query(Long.class)
                .single();
    }
}
