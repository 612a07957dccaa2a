package org.sendplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.UserAccountService;
import org.sendplan.plan.PlanStatus;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.ReadyTenant;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.sendplan.validation.PlanValidator;
import org.sendplan.validation.ValidationResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The adviser dashboard: scope, what each row says, sorting and filtering. */
@IntegrationTest
class DashboardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    Dashboard dashboard;

    @Autowired
    UserAccountService users;

    @Autowired
    PlanValidator validator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdviserSeesOnlyTheirPartnershipsAndAnAdminSeesEveryOne() throws Exception {
        Tenant assigned = fixtures.tenant("Watched");
        Tenant other = fixtures.tenant("Unwatched");
        String adviser = fixtures.adviser(assigned);

        mvc.perform(get("/dashboard").with(signIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(assigned.partnership().getName())))
                .andExpect(content().string(not(containsString(other.partnership().getName()))));
        mvc.perform(get("/dashboard").with(signIn.as(fixtures.admin())))
                .andExpect(content().string(containsString(assigned.partnership().getName())))
                .andExpect(content().string(containsString(other.partnership().getName())));
    }

    @Test
    void partnershipUsersCannotOpenTheDashboard() throws Exception {
        Tenant tenant = fixtures.tenant("NoDashboard");
        mvc.perform(get("/dashboard").with(signIn.as(tenant.sroEmail()))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(signIn.as(fixtures.member(tenant, MembershipRole.CONTRIBUTOR, null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void eachRowCountsTheSameFindingsAsValidationAndSaysHowLongIsLeft() throws Exception {
        ReadyTenant ready = fixtures.readyForSignOff("Counted");
        Tenant empty = fixtures.tenant("Empty");
        String adviser = fixtures.adviser(ready.tenant(), empty);

        List<Dashboard.Row> rows = dashboard.rows(users.loadUserByUsername(adviser).getId(), null,
                Dashboard.Sort.PARTNERSHIP);
        for (Dashboard.Row row : rows) {
            ValidationResult result = validator.validate(row.planId());
            assertThat(row.blocking()).as(row.partnershipName()).isEqualTo(result.blocking().size());
            assertThat(row.warnings()).as(row.partnershipName()).isEqualTo(result.warnings().size());
        }
        assertThat(rows).filteredOn(row -> row.planId() == ready.planId()).singleElement()
                .satisfies(row -> assertThat(row.blocking()).isZero());
        assertThat(rows).filteredOn(row -> row.planId() == empty.planId()).singleElement()
                .satisfies(row -> assertThat(row.blocking()).isPositive());

        long days = rows.get(0).daysToDeadline();
        String expected = days < -1 ? -days + " days overdue" : days == -1 ? "1 day overdue" : days == 0 ? "Due today"
                : days == 1 ? "Due tomorrow" : "Due in " + days + " days";
        mvc.perform(get("/dashboard").with(signIn.as(adviser)))
                .andExpect(content().string(containsString(expected)))
                .andExpect(content().string(containsString("of 18")));
    }

    @Test
    void theCountsFollowEachSavedChangeOfThePlan() throws Exception {
        Tenant tenant = fixtures.tenant("Changing");
        String adviser = fixtures.adviser(tenant);
        long userId = users.loadUserByUsername(adviser).getId();
        int before = dashboard.rows(userId, null, Dashboard.Sort.PARTNERSHIP).get(0).blocking();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/plans/{id}/sections/q1-vision", tenant.planId()).with(signIn.as(tenant.sroEmail()))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("version", "0").param("narratives-Q1_VISION", "Every child in Changing learns close to home.")
                .param("action", "later"))
                .andExpect(status().is3xxRedirection());

        Dashboard.Row after = dashboard.rows(userId, null, Dashboard.Sort.PARTNERSHIP).get(0);
        assertThat(after.blocking()).isEqualTo(validator.validate(tenant.planId()).blocking().size())
                .isLessThan(before);
    }

    @Test
    void rowsSortByNameStatusOrDeadlineAndFilterByStatus() throws Exception {
        ReadyTenant frozen = fixtures.readyForSignOff("Bravo");
        Tenant draft = fixtures.tenant("Alpha");
        Tenant later = fixtures.tenant("Charlie");
        jdbc.sql("insert into plan_year (code, submission_deadline) values ('2091-92', date '2092-06-19') on conflict do nothing")
                .update();
        jdbc.sql("update plan set plan_year = '2091-92' where id = :id").param("id", later.planId()).update();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/plans/{id}/sign-off/request", frozen.planId()).with(signIn.as(frozen.sroEmail()))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        String adviser = fixtures.adviser(frozen.tenant(), draft, later);
        long userId = users.loadUserByUsername(adviser).getId();

        assertThat(names(dashboard.rows(userId, null, Dashboard.Sort.PARTNERSHIP)))
                .containsExactly(draft.partnership().getName(), frozen.tenant().partnership().getName(),
                        later.partnership().getName());
        assertThat(dashboard.rows(userId, null, Dashboard.Sort.STATUS)).extracting(Dashboard.Row::status)
                .containsExactly(PlanStatus.DRAFT, PlanStatus.DRAFT, PlanStatus.READY_FOR_SIGN_OFF);
        assertThat(names(dashboard.rows(userId, null, Dashboard.Sort.DEADLINE)).get(2))
                .isEqualTo(later.partnership().getName());
        assertThat(names(dashboard.rows(userId, PlanStatus.READY_FOR_SIGN_OFF, Dashboard.Sort.PARTNERSHIP)))
                .containsExactly(frozen.tenant().partnership().getName());

        mvc.perform(get("/dashboard").param("status", "READY_FOR_SIGN_OFF").param("sort", "deadline")
                .with(signIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(frozen.tenant().partnership().getName())))
                .andExpect(content().string(not(containsString(draft.partnership().getName()))))
                .andExpect(content().string(containsString("<option value=\"READY_FOR_SIGN_OFF\" selected=\"selected\"")))
                .andExpect(content().string(containsString("<option value=\"deadline\" selected=\"selected\"")));
    }

    @Test
    void theHomePageOfDepartmentUsersLinksToTheDashboard() throws Exception {
        mvc.perform(get("/").with(signIn.as(fixtures.adviser())))
                .andExpect(content().string(containsString("href=\"/dashboard\"")));
    }

    private static List<String> names(List<Dashboard.Row> rows) {
        return rows.stream().map(Dashboard.Row::partnershipName).toList();
    }
}
