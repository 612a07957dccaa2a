package org.sendplan.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlanImportAuditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void replacingAPlanThroughTheApiIsAuditedWithWhoAndBeforeAndAfter() throws Exception {
        Tenant tenant = fixtures.tenant("Import");
        mvc.perform(put("/api/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(new ClassPathResource("plans/complete-plan.json").getContentAsByteArray()))
                .andExpect(status().isOk());
        Map<String, Object> event = jdbc.sql("""
                select actor_email, section, before_content #>> '{narratives,Q1_VISION}' as before_q1,
                       after_content #>> '{narratives,Q1_VISION}' as after_q1
                  from audit_event where plan_id = :planId and event_type = 'PLAN_IMPORTED'
                """).param("planId", tenant.planId()).query().singleRow();
        assertThat(event.get("actor_email")).isEqualTo(tenant.sroEmail());
        assertThat(event.get("section")).isNull();
        assertThat(event.get("before_q1")).isEqualTo("");
        assertThat((String) event.get("after_q1")).isNotBlank();
    }
}
