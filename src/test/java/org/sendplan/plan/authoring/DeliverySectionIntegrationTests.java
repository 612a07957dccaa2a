package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Annex A Q6 page 1: the workstreams of the first-year delivery plan. */
@IntegrationTest
class DeliverySectionIntegrationTests {

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
        tenant = fixtures.tenant("Delivery");
    }

    String page() {
        return "/plans/" + tenant.planId() + "/sections/q6-delivery";
    }

    /** A save of page 1; later maps override earlier ones, so a test can change one typed value. */
    @SafeVarargs
    final MockHttpServletRequestBuilder save(long version, String action, Map<String, String>... values) {
        MockHttpServletRequestBuilder request = post(page()).with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", String.valueOf(version)).param("action", action);
        Map<String, String> merged = new LinkedHashMap<>();
        for (Map<String, String> map : values) {
            merged.putAll(map);
        }
        merged.forEach(request::param);
        return request;
    }

    /** Workstream {@code i} filled completely, with values that name the row. */
    static Map<String, String> workstream(int i, String block) {
        String p = "deliveryPlan[" + i + "].";
        Map<String, String> values = new LinkedHashMap<>();
        values.put(p + "name", "Workstream name " + i);
        values.put(p + "buildingBlock", block);
        values.put(p + "outcome", "Outcome " + i);
        values.put(p + "successMeasure", "Measure " + i);
        values.put(p + "lead", "Lead " + i);
        for (String q : new String[] { "q2", "q3", "q4" }) {
            String label = q.toUpperCase(java.util.Locale.ROOT);
            values.put(p + q + ".milestone", label + " milestone " + i);
            values.put(p + q + ".trajectory", label + " trajectory " + i);
        }
        return values;
    }

    @Test
    void taskListLinksToTheWorkstreamsPage() throws Exception {
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("href=\"" + page() + "\"")));
    }

    @Test
    void emptyPlanShowsOneWorkstreamToFillInWithoutACompletionQuestion() throws Exception {
        mvc.perform(get(page()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deliveryPlan\"")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-0\"")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-0-name\"")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-0-buildingBlock\"")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-0-quarters-Q2-milestone\"")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-0-quarters-Q4-trajectory\"")))
                .andExpect(content().string(containsString("Q4: January to March 2027")))
                .andExpect(content().string(containsString(
                        "href=\"/plans/" + tenant.planId() + "/attachments/Q6_DELIVERY_EVIDENCE\"")))
                .andExpect(content().string(not(containsString("name=\"completed\""))))
                .andExpect(content().string(not(containsString("id=\"deliveryPlan-1\""))));
    }

    @Test
    void fullSaveRoundTripsAndContinuesToTheSpendingPage() throws Exception {
        mvc.perform(save(0, "continue", workstream(0, "INCLUSION_IN_SETTINGS"), workstream(1, "INCLUSIVE_CULTURE")))
                .andExpect(redirectedUrl(page() + "/spend"));
        List<Workstream> stored = reader.read(tenant.planId()).deliveryPlan();
        assertThat(stored).hasSize(2);
        Workstream first = stored.get(0);
        assertThat(first.name()).isEqualTo("Workstream name 0");
        assertThat(first.buildingBlock()).isEqualTo(BuildingBlock.INCLUSION_IN_SETTINGS);
        assertThat(first.outcome()).isEqualTo("Outcome 0");
        assertThat(first.successMeasure()).isEqualTo("Measure 0");
        assertThat(first.lead()).isEqualTo("Lead 0");
        assertThat(first.quarters().q2().milestone()).isEqualTo("Q2 milestone 0");
        assertThat(first.quarters().q3().trajectory()).isEqualTo("Q3 trajectory 0");
        assertThat(first.quarters().q4().milestone()).isEqualTo("Q4 milestone 0");
        assertThat(stored.get(1).buildingBlock()).isEqualTo(BuildingBlock.INCLUSIVE_CULTURE);
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");

        mvc.perform(get(page()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("value=\"Workstream name 1\"")))
                .andExpect(content().string(containsString("Q4 trajectory 1")))
                .andExpect(content().string(containsString("<option value=\"INCLUSIVE_CULTURE\" selected=\"selected\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    }

    @Test
    void saveAndComeBackLaterGoesToTheTaskListAndEnterStaysOnThePage() throws Exception {
        mvc.perform(save(0, "later", workstream(0, "SPECIALIST_SUPPORT")))
                .andExpect(redirectedUrl("/plans/" + tenant.planId()));
        mvc.perform(save(1, "save", workstream(0, "SPECIALIST_SUPPORT")))
                .andExpect(redirectedUrl(page()));
    }

    @Test
    void blankRowsAreNotStored() throws Exception {
        mvc.perform(save(0, "later", workstream(1, "SPECIALIST_SUPPORT"),
                Map.of("deliveryPlan[0].name", "", "deliveryPlan[2].lead", " ")))
                .andExpect(status().is3xxRedirection());
        assertThat(reader.read(tenant.planId()).deliveryPlan()).extracting(Workstream::name)
                .containsExactly("Workstream name 1");
    }

    @Test
    void addingAWorkstreamKeepsEverythingTypedAndSavesNothing() throws Exception {
        mvc.perform(save(0, "add-workstream", workstream(0, "SPECIALIST_SUPPORT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Workstream name 0\"")))
                .andExpect(content().string(containsString("Q3 trajectory 0")))
                .andExpect(content().string(containsString("<option value=\"SPECIALIST_SUPPORT\" selected=\"selected\"")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-1-name\"")))
                .andExpect(content().string(containsString("Workstream 2")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        assertThat(reader.read(tenant.planId()).deliveryPlan()).isEmpty();
        assertThat(sectionExists()).isFalse();
    }

    @Test
    void removingAWorkstreamKeepsTheOthersAndSavesNothing() throws Exception {
        mvc.perform(save(0, "remove-workstream-1", workstream(0, "SPECIALIST_SUPPORT"),
                workstream(1, "INCLUSIVE_CULTURE"), workstream(2, "INCLUSION_IN_SETTINGS")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Workstream name 0\"")))
                .andExpect(content().string(not(containsString("Workstream name 1"))))
                .andExpect(content().string(containsString("value=\"Workstream name 2\"")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-1-name\"")))
                .andExpect(content().string(not(containsString("id=\"deliveryPlan-2-name\""))));
        assertThat(reader.read(tenant.planId()).deliveryPlan()).isEmpty();
    }

    @Test
    void badInputShowsTheErrorNextToTheFieldKeepsEverythingAndSavesNothing() throws Exception {
        String longName = "n".repeat(201);
        mvc.perform(save(0, "continue", workstream(0, "SPECIALIST_SUPPORT"),
                Map.of("deliveryPlan[0].name", longName, "deliveryPlan[0].buildingBlock", "NOT_A_BLOCK")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error:")))
                .andExpect(content().string(containsString("href=\"#deliveryPlan-0-name\"")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-0-name-error\"")))
                .andExpect(content().string(containsString("Workstream name must be 200 characters or fewer")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-0-buildingBlock-error\"")))
                .andExpect(content().string(containsString("Choose a building block from the list")))
                .andExpect(content().string(containsString("aria-describedby=\"deliveryPlan-0-name-error\"")))
                .andExpect(content().string(containsString("value=\"" + longName + "\"")))
                .andExpect(content().string(containsString("Outcome 0")))
                .andExpect(content().string(containsString("Q4 trajectory 0")));
        assertThat(reader.read(tenant.planId()).deliveryPlan()).isEmpty();
        assertThat(sectionExists()).isFalse();
    }

    @Test
    void completingWithAnIncompleteWorkstreamIsRefusedWithTheRuleMessages() throws Exception {
        mvc.perform(save(0, "continue", Map.of("deliveryPlan[0].name", "Inclusion bases",
                "deliveryPlan[0].outcome", "More children in mainstream")))
                .andExpect(redirectedUrl(page() + "/spend"));
        mvc.perform(post(page() + "/spend").with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", "1").param("completed", "yes").param("action", "continue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("this section is not complete yet")))
                .andExpect(content().string(containsString("Workstream 1 (Inclusion bases) has no responsible lead")))
                .andExpect(content().string(containsString(
                        "Workstream 1 (Inclusion bases) does not say which building block it belongs to")))
                .andExpect(content().string(containsString("href=\"" + page() + "#deliveryPlan-0-lead\"")));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theWorkstreamsPageShowsProblemsOnItsOwnFieldsWhenACompletedSectionStopsPassing() throws Exception {
        mvc.perform(save(0, "continue", workstream(0, "SPECIALIST_SUPPORT"))).andExpect(status().is3xxRedirection());
        mvc.perform(post(page() + "/spend").with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", "1").param("completed", "yes").param("action", "later"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId()));
        assertThat(sectionStatus()).isEqualTo("COMPLETED");

        mvc.perform(save(2, "continue", workstream(0, "SPECIALIST_SUPPORT"), Map.of("deliveryPlan[0].name", "Renamed")))
                .andExpect(redirectedUrl(page() + "/spend"));
        assertThat(sectionStatus()).as("an edit that still passes keeps the section completed").isEqualTo("COMPLETED");

        mvc.perform(save(3, "continue", workstream(0, "SPECIALIST_SUPPORT"), Map.of("deliveryPlan[0].name", "Renamed", "deliveryPlan[0].lead", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Workstream 1 (Renamed) has no responsible lead")))
                .andExpect(content().string(containsString("href=\"#deliveryPlan-0-lead\"")))
                .andExpect(content().string(containsString("id=\"deliveryPlan-0-lead-error\"")));
        assertThat(reader.read(tenant.planId()).deliveryPlan().get(0).lead()).isNull();
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void staleVersionShowsTheConflictAndOverwritesNothing() throws Exception {
        mvc.perform(save(0, "later", Map.of("deliveryPlan[0].name", "Their workstream")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save(0, "later", Map.of("deliveryPlan[0].name", "My workstream")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("after you opened it")))
                .andExpect(content().string(containsString("Their workstream")))
                .andExpect(content().string(containsString("value=\"My workstream\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(reader.read(tenant.planId()).deliveryPlan()).extracting(Workstream::name)
                .containsExactly("Their workstream");
    }

    @Test
    void anotherPartnershipsSroGets404() throws Exception {
        Tenant other = fixtures.tenant("Other");
        for (String path : new String[] { page(), page() + "/spend" }) {
            mvc.perform(get(path).with(signIn.as(other.sroEmail()))).andExpect(status().isNotFound());
            mvc.perform(post(path).with(signIn.as(other.sroEmail())).with(csrf()).param("version", "0")
                    .param("action", "later").param("deliveryPlan[0].name", "x"))
                    .andExpect(status().isNotFound());
        }
        assertThat(reader.read(tenant.planId()).deliveryPlan()).isEmpty();
    }

    @Test
    void aSignatoryReadsButGets403OnPost() throws Exception {
        mvc.perform(save(0, "later", workstream(0, "SPECIALIST_SUPPORT"))).andExpect(status().is3xxRedirection());
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        for (String path : new String[] { page(), page() + "/spend" }) {
            mvc.perform(get(path).with(signIn.as(signatory)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Workstream name 0")))
                    .andExpect(content().string(not(containsString("name=\"deliveryPlan[0].name\""))));
            mvc.perform(post(path).with(signIn.as(signatory)).with(csrf()).param("version", "1")
                    .param("action", "later").param("deliveryPlan[0].name", "x"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aForgedRowIndexIsABadRequest() throws Exception {
        mvc.perform(save(0, "later", Map.of("deliveryPlan[100000].name", "x")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void checkAnswersShowsTheWorkstreamsWithAChangeLink() throws Exception {
        mvc.perform(save(0, "later", workstream(0, "LEADERSHIP_AND_COPRODUCTION"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/{id}/check-answers", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1. Workstream name 0")))
                .andExpect(content().string(containsString("Leadership, partnership working and co-production")))
                .andExpect(content().string(containsString("Q2 milestone 0")))
                .andExpect(content().string(containsString("Target: Q4 trajectory 0")))
                .andExpect(content().string(containsString("No file uploaded yet")))
                .andExpect(content().string(containsString("href=\"" + page() + "\"")))
                .andExpect(content().string(containsString("href=\"" + page() + "/spend\"")));
    }

    private String sectionStatus() {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = 'Q6_DELIVERY'")
                .param("id", tenant.planId()).query(String.class).single();
    }

    private boolean sectionExists() {
        return jdbc.sql("select count(*) from plan_section where plan_id = :id and section = 'Q6_DELIVERY'")
                .param("id", tenant.planId()).query(Long.class).single() > 0;
    }
}
