package org.sendplan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.UserAccountService;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Service administration: only Department admins; partnerships, SRO invitations, advisers and deadlines. */
@IntegrationTest
class AdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService users;

    @Test
    void everyAdministrationPageAnswers403ForAnAdviserAnSroAndAContributor() throws Exception {
        Tenant tenant = fixtures.tenant("Forbidden");
        List<String> users = List.of(fixtures.adviser(tenant), tenant.sroEmail(),
                fixtures.member(tenant, MembershipRole.CONTRIBUTOR, null));
        long id = tenant.partnership().getId();
        for (String email : users) {
            for (String path : List.of("/admin", "/admin/partnerships/new", "/admin/partnerships/" + id,
                    "/admin/plan-years", "/admin/plan-years/2026-27", "/admin/plan-years/new")) {
                mvc.perform(get(path).with(signIn.as(email))).andExpect(status().isForbidden());
            }
            for (String path : List.of("/admin/partnerships/new", "/admin/partnerships/" + id + "/sro-invitation",
                    "/admin/partnerships/" + id + "/advisers", "/admin/plan-years/2026-27", "/admin/plan-years/new")) {
                mvc.perform(post(path).with(signIn.as(email)).with(csrf()).param("code", "HACK")
                        .param("email", "x@example.test")).andExpect(status().isForbidden());
            }
        }
        assertThat(jdbc.sql("select count(*) from partnership where code = 'HACK'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void anAdminWhoseRoleIsWithdrawnIsRefusedAtOnce() throws Exception {
        String admin = fixtures.admin();
        var signedIn = signIn.as(admin);
        mvc.perform(get("/admin").with(signedIn)).andExpect(status().isOk());
        jdbc.sql("delete from department_member where user_id = (select id from app_user where email = :email)")
                .param("email", admin).update();
        mvc.perform(get("/admin").with(signedIn)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/plan-years").with(signedIn)).andExpect(status().isForbidden());
    }

    @Test
    void anAdminAddsAPartnershipWithADraftPlanAndItIsAudited() throws Exception {
        String admin = fixtures.admin();
        String code = code();
        MvcResult result = mvc.perform(post("/admin/partnerships/new").with(signIn.as(admin)).with(csrf())
                .param("laName", "Westfold Council").param("icbName", "NHS Westfold ICB").param("code", code)
                .param("displayName", "Westfold " + code))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/partnerships/*"))
                .andReturn();
        long id = jdbc.sql("select id from partnership where code = :code").param("code", code).query(Long.class)
                .single();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/partnerships/" + id);
        assertThat(jdbc.sql("select status from plan where partnership_id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from audit_event where partnership_id = :id and event_type = 'PARTNERSHIP_CREATED'")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/partnerships/{id}", id).with(signIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Westfold Council")));
        mvc.perform(get("/admin").with(signIn.as(admin)))
                .andExpect(content().string(containsString("Westfold " + code)));
    }

    @Test
    void addingAPartnershipShowsEveryErrorAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/partnerships/new").with(signIn.as(fixtures.admin())).with(csrf())
                .param("laName", "Kept Council").param("icbName", "").param("code", "lower case")
                .param("displayName", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a partnership")))
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#icbName\"")))
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("capital letters A to Z, numbers and hyphens only")))
                .andExpect(content().string(containsString("Enter the name to show in the service")))
                .andExpect(content().string(containsString("value=\"Kept Council\"")))
                .andExpect(content().string(containsString("value=\"lower case\"")));
    }

    @Test
    void aDuplicateCodeIsRefusedWithAClearMessage() throws Exception {
        Tenant existing = fixtures.tenant("Existing");
        String code = existing.partnership().getCode();
        mvc.perform(post("/admin/partnerships/new").with(signIn.as(fixtures.admin())).with(csrf())
                .param("laName", "Other Council").param("icbName", "NHS Other ICB").param("code", code)
                .param("displayName", "Other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another partnership already has the code " + code)))
                .andExpect(content().string(containsString("value=\"Other Council\"")));
        assertThat(jdbc.sql("select count(*) from partnership where code = :code").param("code", code)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAdminAssignsAndUnassignsAnAdviserWhoThenSeesThePartnershipOrNot() throws Exception {
        Tenant tenant = fixtures.tenant("Assigned");
        String adviser = fixtures.adviser();
        long adviserId = users.loadUserByUsername(adviser).getId();
        String admin = fixtures.admin();
        long id = tenant.partnership().getId();
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(adviser))).andExpect(status().isNotFound());

        mvc.perform(post("/admin/partnerships/{id}/advisers", id).with(signIn.as(admin)).with(csrf())
                .param("adviserId", String.valueOf(adviserId))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(adviser))).andExpect(status().isOk());

        mvc.perform(post("/admin/partnerships/{id}/advisers/{adviser}/remove", id, adviserId).with(signIn.as(admin))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(adviser))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select event_type from audit_event where partnership_id = :id and event_type like 'ADVISER_%' order by id
                """).param("id", id).query(String.class).list())
                .containsExactly("ADVISER_ASSIGNED", "ADVISER_UNASSIGNED");
    }

    @Test
    void assigningSomeoneWhoIsNotAnAdviserShowsAnError() throws Exception {
        Tenant tenant = fixtures.tenant("NotAdviser");
        mvc.perform(post("/admin/partnerships/{id}/advisers", tenant.partnership().getId())
                .with(signIn.as(fixtures.admin())).with(csrf()).param("adviserId", String.valueOf(tenant.sroId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an adviser to assign")));
    }

    @Test
    void anUnknownPartnershipAnswers404() throws Exception {
        mvc.perform(get("/admin/partnerships/{id}", Long.MAX_VALUE).with(signIn.as(fixtures.admin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdminAddsThe2027To28PlanYearAndMovesItsDeadline() throws Exception {
        String admin = fixtures.admin();
        String year = unusedPlanYear();
        mvc.perform(post("/admin/plan-years/new").with(signIn.as(admin)).with(csrf()).param("code", year)
                .param("deadline-day", "18").param("deadline-month", "6").param("deadline-year", "2027"))
                .andExpect(status().is3xxRedirection());
        assertThat(deadline(year)).isEqualTo(LocalDate.of(2027, 6, 18));

        mvc.perform(post("/admin/plan-years/{code}", year).with(signIn.as(admin)).with(csrf())
                .param("deadline-day", "2").param("deadline-month", "7").param("deadline-year", "2027"))
                .andExpect(status().is3xxRedirection());
        assertThat(deadline(year)).isEqualTo(LocalDate.of(2027, 7, 2));
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'DEADLINE_SET' and detail->>'planYear' = :year")
                .param("year", year).query(Integer.class).single()).isEqualTo(2);
        mvc.perform(get("/admin/plan-years").with(signIn.as(admin)))
                .andExpect(content().string(containsString("2 July 2027")));
    }

    @Test
    void aDeadlineThatIsNotARealDateIsRefusedAndKeepsWhatWasTyped() throws Exception {
        String admin = fixtures.admin();
        mvc.perform(post("/admin/plan-years/2026-27").with(signIn.as(admin)).with(csrf())
                .param("deadline-day", "31").param("deadline-month", "2").param("deadline-year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The submission deadline must be a real date")))
                .andExpect(content().string(containsString("href=\"#deadline\"")))
                .andExpect(content().string(containsString("value=\"31\"")))
                .andExpect(content().string(containsString("govuk-input--error")));
        mvc.perform(post("/admin/plan-years/2026-27").with(signIn.as(admin)).with(csrf())
                .param("deadline-day", "19").param("deadline-month", "").param("deadline-year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The submission deadline must include a month")));
        mvc.perform(post("/admin/plan-years/new").with(signIn.as(admin)).with(csrf()).param("code", "2027-29")
                .param("deadline-day", "").param("deadline-month", "").param("deadline-year", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the plan year as two years in a row")))
                .andExpect(content().string(containsString("Enter the submission deadline")));
        assertThat(deadline("2026-27")).isEqualTo(LocalDate.of(2026, 6, 19));
    }

    @Test
    void anExistingPlanYearCannotBeAddedAgain() throws Exception {
        mvc.perform(post("/admin/plan-years/new").with(signIn.as(fixtures.admin())).with(csrf()).param("code", "2026-27")
                .param("deadline-day", "1").param("deadline-month", "1").param("deadline-year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The plan year 2026-27 already exists")));
        assertThat(deadline("2026-27")).isEqualTo(LocalDate.of(2026, 6, 19));
    }

    private LocalDate deadline(String year) {
        return jdbc.sql("select submission_deadline from plan_year where code = :code").param("code", year)
                .query(LocalDate.class).single();
    }

    /** Plan years far in the future, so tests never collide with each other or with the next real year. */
    private String unusedPlanYear() {
        for (int start = 2100 + (int) (Math.random() * 800); ; start++) {
            String code = start + "-" + String.format("%02d", (start + 1) % 100);
            if (jdbc.sql("select count(*) from plan_year where code = :code").param("code", code).query(Integer.class)
                    .single() == 0) {
                return code;
            }
        }
    }

    private static String code() {
        return "W-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }
}
