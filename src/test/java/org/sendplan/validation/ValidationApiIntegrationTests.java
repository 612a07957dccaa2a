package org.sendplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ValidationApiIntegrationTests {

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
    void freshPlanIsNotValidAndListsItsFindings() throws Exception {
        mvc.perform(get("/api/plans/{id}/validation", northshire.planId()).with(signIn.as(northshire.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.findings").value(not(empty())))
                .andExpect(jsonPath("$.findings[*].rule").value(hasItems("HEADER-COMPLETE", "NARRATIVE-REQUIRED",
                        "RISK-COUNT", "GOVERNANCE-COMPLETE", "CORE-REQUIREMENTS", "ATTACHMENTS-REQUIRED")))
                .andExpect(jsonPath("$.findings[*].path").value(hasItems("$.header.sro.name",
                        "$.narratives.Q9_ENGAGEMENT", "$.coreRequirements[40]", "$.attachments.Q13_DATA_RETURN")))
                .andExpect(jsonPath("$.findings[*].severity").value(hasItem("BLOCKING")))
                .andExpect(jsonPath("$.findings[0].message").isString());
    }

    @Test
    void answersExactlyTheFieldsOfPlanFormatMd() throws Exception {
        String body = mvc.perform(get("/api/plans/{id}/validation", northshire.planId())
                .with(signIn.as(northshire.sroEmail())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        JsonNode root = JsonMapper.builder().build().readTree(body);
        assertThat(root.propertyNames()).containsExactly("valid", "findings");
        assertThat(root.get("findings").size()).isGreaterThan(41);
        for (JsonNode finding : root.get("findings")) {
            assertThat(finding.propertyNames()).containsExactly("rule", "severity", "path", "message");
        }
    }

    @Test
    void contributorOfThePartnershipMayValidate() throws Exception {
        String contributor = fixtures.member(northshire, MembershipRole.CONTRIBUTOR, null);

        mvc.perform(get("/api/plans/{id}/validation", northshire.planId()).with(signIn.as(contributor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void foreignPlanIdAnswers404() throws Exception {
        mvc.perform(get("/api/plans/{id}/validation", northshire.planId()).with(signIn.as(southvale.sroEmail())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("HEADER-COMPLETE"))));
    }

    @Test
    void unknownPlanIdAnswers404() throws Exception {
        mvc.perform(get("/api/plans/{id}/validation", Long.MAX_VALUE).with(signIn.as(southvale.sroEmail())))
                .andExpect(status().isNotFound());
    }

    @Test
    void signedOutRequestIsRefused() throws Exception {
        mvc.perform(get("/api/plans/{id}/validation", northshire.planId()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
    }
}
