package org.sendplan.validation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocumentWriter;
import org.sendplan.plan.document.PlanDocumentParsers;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReadinessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    PlanDocumentWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompletePlanWithoutItsAttachmentsListsOnlyThoseTwoProblems() throws Exception {
        Tenant tenant = fixtures.tenant("Ready");
        writer.replace(tenant.planId(), complete(), tenant.sroId());
        mvc.perform(get("/plans/{id}/readiness", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd class=\"govuk-summary-list__value\" id=\"blocking-count\">2</dd>")))
                .andExpect(content().string(containsString(
                        "/plans/" + tenant.planId() + "/sections/q4-maturity#attachments-Q4_MATURITY_ASSESSMENT")))
                .andExpect(content().string(containsString(
                        "/plans/" + tenant.planId() + "/sections/q13-data-return#attachments-Q13_DATA_RETURN")));
    }

    @Test
    void aSpendLineBreakingTheNinetyPercentRuleIsShownWithItsFiguresAndLink() throws Exception {
        Tenant tenant = fixtures.tenant("Ninety");
        PlanDocument complete = complete();
        List<SpendLine> spend = new ArrayList<>(complete.funding().spend());
        spend.add(new SpendLine(org.sendplan.plan.document.SpendCategory.PROGRAMME_OVERSIGHT, "Extra oversight",
                org.sendplan.plan.document.FundingSource.EAH, org.sendplan.plan.document.EahClass.ENABLING, null,
                Money.parse("500000"), null, null));
        writer.replace(tenant.planId(), complete.withFunding(new PlanDocument.Funding(Money.parse("100000000"), spend,
                complete.funding().baselineServiceSpend())), tenant.sroId());
        mvc.perform(get("/plans/{id}/readiness", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Direct delivery is")))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q6-delivery/spend#funding")))
                .andExpect(content().string(containsString("Does not meet the rule")));
    }

    @Test
    void anotherPartnershipsPlanAnswers404() throws Exception {
        Tenant tenant = fixtures.tenant("Mine");
        Tenant other = fixtures.tenant("Theirs");
        mvc.perform(get("/plans/{id}/readiness", tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTaskListCountsBlockingFindingsOfStartedSections() throws Exception {
        Tenant tenant = fixtures.tenant("Counts");
        jdbc.sql("insert into plan_section (plan_id, section, status, version) values (:id, 'Q1_VISION', 'IN_PROGRESS', 1)")
                .param("id", tenant.planId()).update();
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("1 problem to fix")));
    }

    private static PlanDocument complete() throws Exception {
        return PlanDocumentParsers.standalone().parse(new ClassPathResource("plans/complete-plan.json").getContentAsByteArray());
    }
}
