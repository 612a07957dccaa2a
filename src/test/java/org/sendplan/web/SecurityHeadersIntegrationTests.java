package org.sendplan.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sendplan.support.Fixtures;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SecurityHeadersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                        containsString("object-src 'none'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().exists("Permissions-Policy"));
    }

    @Test
    void pagesCarryTheCsrfTokenInMetaTagsAndHaveNoInlineScript() throws Exception {
        String email = fixtures.tenant("Headers").sroEmail();
        mvc.perform(get("/").with(signIn.as(email)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<meta name=\"_csrf\" content=\"")))
                .andExpect(content().string(containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(content().string(not(containsString("style=\""))));
    }

    @Test
    void apiWritesWithoutCsrfTokenAreRefused() throws Exception {
        String email = fixtures.tenant("Csrf").sroEmail();
        mvc.perform(post("/api/plans").with(signIn.as(email))).andExpect(status().isForbidden());
    }

    @Test
    void healthIsPublicAndIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        String email = fixtures.admin();
        for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/loggers" }) {
            mvc.perform(get(endpoint)).andExpect(status().is3xxRedirection());
            mvc.perform(get(endpoint).with(signIn.as(email))).andExpect(status().isNotFound());
        }
    }

    @Test
    void accessibilityAndCookiesPagesAreOpenToEveryone() throws Exception {
        mvc.perform(get("/accessibility")).andExpect(status().isOk());
        mvc.perform(get("/cookies")).andExpect(status().isOk())
                .andExpect(content().string(containsString("SENDPLAN_SESSION")));
    }

    @Test
    void unknownPageShowsTheGovukNotFoundPage() throws Exception {
        String email = fixtures.tenant("Missing").sroEmail();
        mvc.perform(get("/no-such-page").with(signIn.as(email)))
                .andExpect(status().isNotFound());
    }
}
