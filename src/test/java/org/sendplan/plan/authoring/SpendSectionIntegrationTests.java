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

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.plan.document.SpendCategory;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Annex A Q6 page 2: the Experts at Hand allocation, planned spending and baseline service spending. */
@IntegrationTest
class SpendSectionIntegrationTests {

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
        tenant = fixtures.tenant("Spend");
    }

    String page() {
        return "/plans/" + tenant.planId() + "/sections/q6-delivery/spend";
    }

    /** A save of the spending page; later maps override earlier ones, so a test can change one value. */
    @SafeVarargs
    final MockHttpServletRequestBuilder save(long version, String action, String completed,
            Map<String, String>... values) {
        MockHttpServletRequestBuilder request = post(page()).with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", String.valueOf(version)).param("action", action).param("completed", completed);
        Map<String, String> merged = new LinkedHashMap<>();
        for (Map<String, String> map : values) {
            merged.putAll(map);
        }
        merged.forEach(request::param);
        return request;
    }

    static Map<String, String> line(int i, String category, String description, String source, String eahClass,
            String discipline, String q2, String q3, String q4) {
        String p = "spend[" + i + "].";
        Map<String, String> values = new LinkedHashMap<>();
        values.put(p + "category", category);
        values.put(p + "description", description);
        values.put(p + "fundingSource", source);
        values.put(p + "eahClass", eahClass);
        values.put(p + "discipline", discipline);
        values.put(p + "q2", q2);
        values.put(p + "q3", q3);
        values.put(p + "q4", q4);
        return values;
    }

    static Map<String, String> baseline(int i, String service, String previous, String current) {
        String p = "baselineServiceSpend[" + i + "].";
        return Map.of(p + "service", service, p + "previousYear", previous, p + "planYear", current);
    }

    /** A funding answer that passes every blocking rule: 90% direct delivery, APST within 10%, within the allocation. */
    static Map<String, String> validFunding() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("eahAllocation", "£1,200,000");
        values.putAll(line(0, "WORKFORCE_RECRUITMENT", "Therapists", "EAH", "DIRECT_DELIVERY", "SALT", "£300,000",
                "300000", "300,000.00"));
        values.putAll(line(1, "OUTREACH_COMMISSIONING", "APST outreach", "EAH", "DIRECT_DELIVERY_APST", "OTHER",
                "30000", "30000", "30000"));
        values.putAll(line(2, "PROGRAMME_OVERSIGHT", "Programme manager", "EAH", "ENABLING", "", "20000", "20000",
                "20000"));
        values.putAll(line(3, "DATA_DIGITAL", "Data team", "TRANSFORMATION", "", "", "1234.5", "1,000", "£1,234.56"));
        values.putAll(baseline(0, "SALT", "900,000", "900000"));
        values.putAll(baseline(1, "OT", "400000", "410,000.50"));
        return values;
    }

    @Test
    void theSpendingPageShowsItsFieldsWithTheirIds() throws Exception {
        mvc.perform(get(page()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"funding-eahAllocation\"")))
                .andExpect(content().string(containsString("id=\"funding-spend\"")))
                .andExpect(content().string(containsString("id=\"funding-spend-0\"")))
                .andExpect(content().string(containsString("Spend line 1")))
                .andExpect(content().string(containsString("id=\"funding-spend-0-category\"")))
                .andExpect(content().string(containsString("id=\"funding-spend-0-description\"")))
                .andExpect(content().string(containsString("id=\"funding-spend-0-fundingSource\"")))
                .andExpect(content().string(containsString("id=\"funding-spend-0-eahClass\"")))
                .andExpect(content().string(containsString("id=\"funding-spend-0-discipline\"")))
                .andExpect(content().string(containsString("id=\"funding-spend-0-q2\"")))
                .andExpect(content().string(containsString("id=\"funding-spend-0-q4\"")))
                .andExpect(content().string(containsString("inputmode=\"decimal\"")))
                .andExpect(content().string(containsString("govuk-input__prefix")))
                .andExpect(content().string(containsString("Not Experts at Hand funding")))
                .andExpect(content().string(containsString("Not a workforce line")))
                .andExpect(content().string(containsString("id=\"funding-baselineServiceSpend-0-service\"")))
                .andExpect(content().string(containsString("id=\"funding-baselineServiceSpend-0-previousYear\"")))
                .andExpect(content().string(containsString("id=\"funding-baselineServiceSpend-0-planYear\"")))
                .andExpect(content().string(containsString("Spent in 2025-26")))
                .andExpect(content().string(containsString("name=\"completed\"")));
    }

    @Test
    void fullSaveRoundTripsExactlyAndCompletesTheSection() throws Exception {
        mvc.perform(post("/plans/" + tenant.planId() + "/sections/q6-delivery").with(signIn.as(tenant.sroEmail()))
                .with(csrf()).param("version", "0").param("action", "continue")
                .param("deliveryPlan[0].name", "Therapy in schools").param("deliveryPlan[0].buildingBlock", "SPECIALIST_SUPPORT")
                .param("deliveryPlan[0].outcome", "Quicker help").param("deliveryPlan[0].successMeasure", "Waiting times")
                .param("deliveryPlan[0].lead", "Head of SEND"))
                .andExpect(redirectedUrl(page()));
        mvc.perform(save(1, "continue", "yes", validFunding()))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q7-capacity"));
        Funding funding = reader.read(tenant.planId()).funding();
        assertThat(funding.eahAllocation()).isEqualTo(Money.parse("1200000.00"));
        assertThat(funding.spend()).hasSize(4);
        SpendLine therapists = funding.spend().get(0);
        assertThat(therapists.category()).isEqualTo(SpendCategory.WORKFORCE_RECRUITMENT);
        assertThat(therapists.description()).isEqualTo("Therapists");
        assertThat(therapists.fundingSource()).isEqualTo(FundingSource.EAH);
        assertThat(therapists.eahClass()).isEqualTo(EahClass.DIRECT_DELIVERY);
        assertThat(therapists.discipline()).isEqualTo(Discipline.SALT);
        assertThat(therapists.q2().amount()).isEqualByComparingTo("300000");
        assertThat(therapists.q4().toString()).isEqualTo("300000.00");
        SpendLine data = funding.spend().get(3);
        assertThat(data.eahClass()).as("'Not Experts at Hand funding' stores no class").isNull();
        assertThat(data.discipline()).as("'Not a workforce line' stores no discipline").isNull();
        assertThat(data.q2().toString()).isEqualTo("1234.50");
        assertThat(data.q3().toString()).isEqualTo("1000.00");
        assertThat(data.q4().toString()).isEqualTo("1234.56");
        assertThat(funding.baselineServiceSpend()).containsExactly(
                new BaselineSpend("SALT", Money.parse("900000"), Money.parse("900000")),
                new BaselineSpend("OT", Money.parse("400000"), Money.parse("410000.50")));
        assertThat(sectionStatus()).isEqualTo("COMPLETED");

        mvc.perform(get(page()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("value=\"1,200,000.00\"")))
                .andExpect(content().string(containsString("id=\"funding-summary\"")))
                .andExpect(content().string(containsString("94.3%")))
                .andExpect(content().string(containsString("value=\"1,234.56\"")))
                .andExpect(content().string(containsString("<option value=\"DIRECT_DELIVERY_APST\" selected=\"selected\"")))
                .andExpect(content().string(containsString("id=\"completed\" name=\"completed\" type=\"radio\" value=\"yes\" checked")));
    }

    @Test
    void saveStaysOnTheSpendingPageAndLaterGoesToTheTaskList() throws Exception {
        mvc.perform(save(0, "save", "no", validFunding())).andExpect(redirectedUrl(page()));
        mvc.perform(save(1, "later", "no", validFunding())).andExpect(redirectedUrl("/plans/" + tenant.planId()));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12.345        | Amount must have no more than 2 decimal places, like 1,500.50",
            "-5            | Amount must be £0 or more",
            "abc           | Enter an amount in pounds and pence, like 1500 or 1,500.50",
            "1,00,0        | Enter an amount in pounds and pence, like 1500 or 1,500.50",
            "1000000000.01 | Amount must be £1,000,000,000 or less" })
    void aBadAmountShowsTheErrorNextToItKeepsEveryTypedValueAndSavesNothing(String typed, String message)
            throws Exception {
        mvc.perform(save(0, "continue", "yes", validFunding(), Map.of("spend[2].q3", typed)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error:")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#funding-spend-2-q3\"")))
                .andExpect(content().string(containsString("id=\"funding-spend-2-q3-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"funding-spend-2-q3-error\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"" + typed + "\"")))
                // everything else typed survives, exactly as typed
                .andExpect(content().string(containsString("value=\"£1,200,000\"")))
                .andExpect(content().string(containsString("value=\"Therapists\"")))
                .andExpect(content().string(containsString("value=\"£300,000\"")))
                .andExpect(content().string(containsString("value=\"300,000.00\"")))
                .andExpect(content().string(containsString("value=\"1234.5\"")))
                .andExpect(content().string(containsString("value=\"£1,234.56\"")))
                .andExpect(content().string(containsString("<option value=\"DIRECT_DELIVERY_APST\" selected=\"selected\"")))
                .andExpect(content().string(containsString("<option value=\"SALT\" selected=\"selected\"")))
                .andExpect(content().string(containsString("value=\"410,000.50\"")))
                .andExpect(content().string(containsString("name=\"baselineServiceSpend[1].service\" value=\"OT\"")))
                .andExpect(content().string(containsString("id=\"completed\" name=\"completed\" type=\"radio\" value=\"yes\" checked")))
                .andExpect(content().string(containsString("Amounts with errors are left out of these totals")));
        assertThat(reader.read(tenant.planId()).funding().spend()).isEmpty();
        assertThat(sectionExists()).isFalse();
    }

    @Test
    void aBadAllocationAndABadBaselineAreShownNextToTheirFields() throws Exception {
        mvc.perform(save(0, "later", "no", validFunding(), Map.of("eahAllocation", "lots",
                "baselineServiceSpend[1].service", "Occupational therapy for everyone", "baselineServiceSpend[0].planYear",
                "2,000,000,000")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"funding-eahAllocation-error\"")))
                .andExpect(content().string(containsString("value=\"lots\"")))
                .andExpect(content().string(containsString("id=\"funding-baselineServiceSpend-1-service-error\"")))
                .andExpect(content().string(containsString("Service must be 30 characters or fewer")))
                .andExpect(content().string(containsString("value=\"Occupational therapy for everyone\"")))
                .andExpect(content().string(containsString("id=\"funding-baselineServiceSpend-0-planYear-error\"")))
                .andExpect(content().string(containsString("value=\"2,000,000,000\"")));
        assertThat(sectionExists()).isFalse();
    }

    @Test
    void aBaselineWithAmountsButNoServiceAsksForTheService() throws Exception {
        mvc.perform(save(0, "later", "no", Map.of("baselineServiceSpend[0].previousYear", "100")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the service, like SALT, OT or EP")))
                .andExpect(content().string(containsString("href=\"#funding-baselineServiceSpend-0-service\"")));
        assertThat(sectionExists()).isFalse();
    }

    @Test
    void totalsAreExactToThePenny() throws Exception {
        mvc.perform(save(0, "update-totals", "no",
                line(0, "OTHER", "Small things", "EAH", "ENABLING", "", "0.10", "0.20", ""),
                line(1, "OTHER", "More small things", "LOCAL", "", "", "0.20", "0.10", "0.01"),
                Map.of("eahAllocation", "0.10")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Total for spend line 1: £0.30")))
                .andExpect(content().string(containsString("Total for spend line 2: £0.31")))
                .andExpect(content().string(containsString(">£0.61<")))
                .andExpect(content().string(containsString("Spending over the allocation")))
                .andExpect(content().string(containsString(">£0.20<")))
                .andExpect(content().string(containsString("Planned spending by funding source")))
                .andExpect(content().string(containsString("Local authority or ICB budgets")));
        assertThat(sectionExists()).as("updating totals saves nothing").isFalse();
    }

    @Test
    void addingAndRemovingRowsKeepsEverythingTypedAndSavesNothing() throws Exception {
        mvc.perform(save(0, "add-spend-line", "yes", validFunding(), Map.of("spend[2].q3", "12.345")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"funding-spend-4\"")))
                .andExpect(content().string(containsString("Spend line 5")))
                .andExpect(content().string(containsString("value=\"12.345\"")))
                .andExpect(content().string(containsString("value=\"Data team\"")))
                .andExpect(content().string(not(containsString("There is a problem"))));
        mvc.perform(save(0, "remove-spend-line-1", "no", validFunding()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("APST outreach"))))
                .andExpect(content().string(containsString("value=\"Therapists\"")))
                .andExpect(content().string(containsString("value=\"Programme manager\"")))
                .andExpect(content().string(not(containsString("id=\"funding-spend-3\""))));
        mvc.perform(save(0, "add-baseline", "no", validFunding()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"funding-baselineServiceSpend-2-service\"")))
                .andExpect(content().string(containsString("name=\"baselineServiceSpend[1].service\" value=\"OT\"")));
        mvc.perform(save(0, "remove-baseline-0", "no", validFunding()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"baselineServiceSpend[0].service\" value=\"OT\"")))
                .andExpect(content().string(not(containsString("id=\"funding-baselineServiceSpend-1\""))));
        assertThat(reader.read(tenant.planId()).funding()).isEqualTo(new Funding(null, List.of(), List.of()));
        assertThat(sectionExists()).isFalse();
    }

    @Test
    void completingWithBrokenFundingRulesIsRefusedWithTheRuleMessagesButTheContentIsSaved() throws Exception {
        mvc.perform(save(0, "continue", "yes", validFunding(),
                Map.of("spend[0].eahClass", "", "spend[3].category", "", "eahAllocation", "100")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("this section is not complete yet")))
                .andExpect(content().string(containsString(
                        "Spend line 1 (Therapists) is Experts at Hand funding; say whether it is direct delivery")))
                .andExpect(content().string(containsString("href=\"#funding-spend-0-eahClass\"")))
                .andExpect(content().string(containsString("id=\"funding-spend-0-eahClass-error\"")))
                .andExpect(content().string(containsString("Spend line 4 (Data team) has no spending category")))
                .andExpect(content().string(containsString("href=\"#funding-spend-3-category\"")))
                .andExpect(content().string(containsString("more than the allocation of £100.00")))
                .andExpect(content().string(containsString("href=\"#funding-eahAllocation\"")))
                .andExpect(content().string(containsString("The first-year delivery plan has no workstreams")))
                .andExpect(content().string(containsString(
                        "href=\"/plans/" + tenant.planId() + "/sections/q6-delivery#deliveryPlan\"")));
        Funding saved = reader.read(tenant.planId()).funding();
        assertThat(saved.spend()).hasSize(4);
        assertThat(saved.eahAllocation().amount()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void staleVersionShowsTheConflictAndOverwritesNothing() throws Exception {
        mvc.perform(save(0, "later", "no", Map.of("eahAllocation", "500"))).andExpect(status().is3xxRedirection());
        mvc.perform(save(0, "later", "no", Map.of("eahAllocation", "700")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("after you opened it")))
                .andExpect(content().string(containsString("£500.00")))
                .andExpect(content().string(containsString("value=\"700\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(reader.read(tenant.planId()).funding().eahAllocation()).isEqualTo(Money.parse("500"));
    }

    @Test
    void anotherPartnershipsSroGets404AndASignatoryGets403() throws Exception {
        Tenant other = fixtures.tenant("Elsewhere");
        mvc.perform(get(page()).with(signIn.as(other.sroEmail()))).andExpect(status().isNotFound());
        mvc.perform(post(page()).with(signIn.as(other.sroEmail())).with(csrf()).param("version", "0")
                .param("action", "later").param("eahAllocation", "1")).andExpect(status().isNotFound());
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_S151_OFFICER);
        mvc.perform(post(page()).with(signIn.as(signatory)).with(csrf()).param("version", "0")
                .param("action", "later").param("eahAllocation", "1")).andExpect(status().isForbidden());
        assertThat(reader.read(tenant.planId()).funding().eahAllocation()).isNull();
    }

    @Test
    void checkAnswersShowsTheSpendingWithTotalsAndAChangeLinkToTheSpendingPage() throws Exception {
        mvc.perform(save(0, "later", "no", validFunding())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/{id}/check-answers", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Planned spending by line")))
                .andExpect(content().string(containsString("1. Therapists")))
                .andExpect(content().string(containsString("Direct delivery through an APST model")))
                .andExpect(content().string(containsString(">£900,000.00<")))
                .andExpect(content().string(containsString(">£3,469.06<")))
                .andExpect(content().string(containsString(">£1,053,469.06<")))
                .andExpect(content().string(containsString(">£1,050,000.00<")))
                .andExpect(content().string(containsString("Left to allocate")))
                .andExpect(content().string(containsString(">£150,000.00<")))
                .andExpect(content().string(containsString(">£410,000.50<")))
                .andExpect(content().string(containsString("href=\"" + page() + "\"")));
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
