package org.sendplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.sendplan.support.SqlStatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard runs as many SQL statements for all 153 partnerships of England as for 3. */
@IntegrationTest
class DashboardQueryCountIntegrationTests {

    static final int ENGLAND = 153;
    /** The dashboard reads everything in one query; a little room for the layout, none for a query per row. */
    static final int MAX_STATEMENTS = 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void theDashboardRunsTheSameNumberOfStatementsFor153PartnershipsAsFor3() throws Exception {
        List<Tenant> few = tenants(3);
        List<Tenant> all = new ArrayList<>(few);
        all.addAll(tenants(ENGLAND - 3));
        String fewAdviser = fixtures.adviser(few.toArray(Tenant[]::new));
        String allAdviser = fixtures.adviser(all.toArray(Tenant[]::new));

        int forFew = count(fewAdviser, few);
        int forAll = count(allAdviser, all);

        assertThat(forAll).isEqualTo(forFew).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    private List<Tenant> tenants(int count) {
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tenants.add(fixtures.tenant("England"));
        }
        return tenants;
    }

    /**
     * The statements of one view of the dashboard. The first view counts the plans the dashboard
     * has never met (they were made by the fixtures, not through the authoring pages), so it is
     * made first; every later view is the steady state measured here.
     */
    private int count(String adviser, List<Tenant> tenants) throws Exception {
        mvc.perform(get("/dashboard").with(signIn.as(adviser))).andExpect(status().isOk());
        var request = get("/dashboard").param("sort", "deadline").with(signIn.as(adviser));
        statements.reset();
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tenants.get(tenants.size() - 1).partnership().getName())))
                .andExpect(content().string(containsString(tenants.size() + " partnerships")));
        return statements.count();
    }
}
