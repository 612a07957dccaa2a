package org.sendplan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = fixtures.tenant("Signin");
    }

    ResultActions signIn(String email, String password) throws Exception {
        return signIn(email, password, new MockHttpSession());
    }

    ResultActions signIn(String email, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/sign-in").session(session).param("username", email).param("password", password)
                .with(csrf()));
    }

    @Test
    void rightPasswordSignsInAndGoesHome() throws Exception {
        signIn(tenant.sroEmail(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void emailIsMatchedWhateverItsCase() throws Exception {
        signIn(tenant.sroEmail().toUpperCase(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordReturnsToSignInWithErrorAndKeepsEmail() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(tenant.sroEmail(), "wrong", session).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", "").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("value=\"" + tenant.sroEmail() + "\"")));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOne() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            signIn(tenant.sroEmail(), "wrong-" + i).andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn(tenant.sroEmail(), Fixtures.PASSWORD).andExpect(redirectedUrl("/sign-in?error"));

        OffsetDateTime lockedUntil = jdbc.sql("select locked_until from app_user where id = :id")
                .param("id", tenant.sroId()).query(OffsetDateTime.class).single();
        assertThat(lockedUntil.toInstant()).isCloseTo(Instant.now().plus(15, ChronoUnit.MINUTES),
                within(1, ChronoUnit.MINUTES));

        // Fifteen minutes later the lock has expired and the right password works again.
        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where id = :id")
                .param("id", tenant.sroId()).update();
        signIn(tenant.sroEmail(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void fourWrongPasswordsThenTheRightOneResetTheCount() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            signIn(tenant.sroEmail(), "wrong-" + i);
        }
        signIn(tenant.sroEmail(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
        signIn(tenant.sroEmail(), "wrong-again").andExpect(redirectedUrl("/sign-in?error"));
        signIn(tenant.sroEmail(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select failed_sign_in_count from app_user where id = :id")
                .param("id", tenant.sroId()).query(Integer.class).single()).isZero();
    }

    @Test
    void lockedAccountAndUnknownAccountGetTheSameMessage() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            signIn(tenant.sroEmail(), "wrong-" + i);
        }
        MockHttpSession lockedSession = new MockHttpSession();
        signIn(tenant.sroEmail(), Fixtures.PASSWORD, lockedSession);
        String lockedPage = mvc.perform(get("/sign-in").param("error", "").session(lockedSession))
                .andReturn().getResponse().getContentAsString();

        MockHttpSession lockedWrongSession = new MockHttpSession();
        signIn(tenant.sroEmail(), "wrong", lockedWrongSession);
        String lockedWrongPage = mvc.perform(get("/sign-in").param("error", "").session(lockedWrongSession))
                .andReturn().getResponse().getContentAsString();

        MockHttpSession nobodySession = new MockHttpSession();
        signIn("nobody-" + tenant.sroId() + "@nowhere.test", "wrong", nobodySession);
        String nobodyPage = mvc.perform(get("/sign-in").param("error", "").session(nobodySession))
                .andReturn().getResponse().getContentAsString();

        String lockedMessage = errorSummary(lockedPage);
        assertThat(lockedMessage).isNotBlank();
        assertThat(errorSummary(lockedWrongPage)).isEqualTo(lockedMessage);
        assertThat(errorSummary(nobodyPage)).isEqualTo(lockedMessage);
        assertThat(lockedMessage.toLowerCase()).doesNotContain("locked").doesNotContain("does not exist")
                .doesNotContain("not found");
    }

    @Test
    void lockIsAudited() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            signIn(tenant.sroEmail(), "wrong-" + i);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'ACCOUNT_LOCKED' and actor_email = :e")
                .param("e", tenant.sroEmail()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("username", tenant.sroEmail()).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(tenant.sroEmail(), Fixtures.PASSWORD, session).andExpect(redirectedUrl("/"));
        mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
        assertThat(session.isInvalid()).isTrue();
    }

    private static String errorSummary(String page) {
        int start = page.indexOf("govuk-error-summary__list");
        int end = page.indexOf("</ul>", start);
        return start < 0 ? "" : page.substring(start, end).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }
}
