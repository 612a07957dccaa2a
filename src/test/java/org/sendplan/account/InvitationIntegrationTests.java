package org.sendplan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Invitations end to end: the e-mailed link, accepting it once, expiry, the password policy. */
@IntegrationTest
class InvitationIntegrationTests {

    static final Pattern LINK = Pattern.compile("https://sendplan\\.test/invitations/([A-Za-z0-9_-]{43})");
    static final String GOOD_PASSWORD = "correct horse battery staple";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("sendplan.mail.enabled", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("sendplan.base-url", () -> "https://sendplan.test/");
    }

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

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anInvitedSroGetsALinkThatWorksOnceAndThenSignsInToTheirPartnership() throws Exception {
        Tenant tenant = fixtures.tenant("Invited");
        String email = "new-sro-" + System.nanoTime() + "@invited.test";
        mvc.perform(post("/admin/partnerships/{id}/sro-invitation", tenant.partnership().getId())
                .with(signIn.as(fixtures.admin())).with(csrf()).param("email", email))
                .andExpect(status().is3xxRedirection());

        MimeMessage message = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(message.getSubject()).contains(tenant.partnership().getName());
        String token = token(GreenMailUtil.getBody(message));
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(jdbc.sql("select token_sha256 from invitation where email = :email").param("email", email)
                .query(String.class).single()).isEqualTo(Invitations.sha256(token)).isNotEqualTo(token);

        mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters long")))
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/invitations/{token}", token).with(csrf()).param("displayName", "Nadia Ahmed")
                .param("password", GOOD_PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/invitations/accepted"));

        CurrentUser sro = users.loadUserByUsername(email);
        assertThat(sro.getDisplayName()).isEqualTo("Nadia Ahmed");
        assertThat(encoder.matches(GOOD_PASSWORD, sro.getPassword())).isTrue();
        assertThat(sro.getMemberships()).containsExactly(
                new CurrentUser.Membership(tenant.partnership().getId(), MembershipRole.SRO, null));
        mvc.perform(get("/").with(signIn.as(email)))
                .andExpect(content().string(containsString("/plans/" + tenant.planId())));
        assertThat(jdbc.sql("""
                select event_type from audit_event where partnership_id = :id and event_type like 'INVITATION_%' order by id
                """).param("id", tenant.partnership().getId()).query(String.class).list())
                .containsExactly("INVITATION_SENT", "INVITATION_ACCEPTED");

        mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This invitation link has already been used")))
                .andExpect(content().string(containsString("send you a new invitation")));
        mvc.perform(post("/invitations/{token}", token).with(csrf()).param("displayName", "Someone else")
                .param("password", "another long password"))
                .andExpect(status().isGone());
        assertThat(encoder.matches(GOOD_PASSWORD, users.loadUserByUsername(email).getPassword())).isTrue();
    }

    @Test
    void aLinkOlderThanSevenDaysHasExpired() throws Exception {
        Tenant tenant = fixtures.tenant("Expired");
        String token = "expired-token-" + System.nanoTime();
        OffsetDateTime sent = OffsetDateTime.now(ZoneOffset.UTC).minusDays(7).minusMinutes(1);
        jdbc.sql("""
                insert into invitation (token_sha256, email, partnership_id, role, invited_by, created_at, expires_at)
                values (:hash, :email, :partnershipId, 'CONTRIBUTOR', :by, :sent, :expires)
                """)
                .param("hash", Invitations.sha256(token))
                .param("email", "late-" + System.nanoTime() + "@expired.test")
                .param("partnershipId", tenant.partnership().getId())
                .param("by", tenant.sroId())
                .param("sent", sent)
                .param("expires", sent.plus(Invitations.VALIDITY))
                .update();

        mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This invitation link has expired")));
        mvc.perform(post("/invitations/{token}", token).with(csrf()).param("displayName", "Late")
                .param("password", GOOD_PASSWORD))
                .andExpect(status().isGone());
    }

    @Test
    void anUnknownLinkAnswers404WithWhatToDo() throws Exception {
        mvc.perform(get("/invitations/{token}", "no-such-token"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This invitation link is not valid")))
                .andExpect(content().string(containsString("send you a new invitation")));
    }

    @Test
    void aPasswordBreakingThePolicyIsRefusedNextToTheFieldAndTheNameIsKept() throws Exception {
        Tenant tenant = fixtures.tenant("Policy");
        String email = "jo.bloggs" + System.nanoTime() + "@policy.test";
        String token = invite(tenant, email);

        assertRefused(token, "short pass", "at least 12 characters long");
        assertRefused(token, "my-" + email.substring(0, email.indexOf('@')) + "-password", "must not contain the part of your email address");
        assertRefused(token, "Password1234", "one that people use very often");
        mvc.perform(post("/invitations/{token}", token).with(csrf()).param("displayName", "")
                .param("password", GOOD_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your full name")));
        assertThat(jdbc.sql("select count(*) from app_user where lower(email) = :email").param("email", email)
                .query(Integer.class).single()).isZero();
        mvc.perform(get("/invitations/{token}", token)).andExpect(status().isOk());
    }

    @Test
    void someoneWithAnAccountJoinsWithoutSettingAPassword() throws Exception {
        Tenant first = fixtures.tenant("FirstHome");
        Tenant second = fixtures.tenant("SecondHome");
        String email = fixtures.member(first, MembershipRole.CONTRIBUTOR, null);
        String token = invite(second, email);

        mvc.perform(get("/invitations/{token}", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You already have an account")))
                .andExpect(content().string(not(containsString("id=\"password\""))));
        mvc.perform(post("/invitations/{token}", token).with(csrf()))
                .andExpect(redirectedUrl("/invitations/accepted"));
        assertThat(users.loadUserByUsername(email).getMemberships()).extracting(CurrentUser.Membership::partnershipId)
                .containsExactly(first.partnership().getId(), second.partnership().getId());
        assertThat(encoder.matches(Fixtures.PASSWORD, users.loadUserByUsername(email).getPassword())).isTrue();
    }

    private void assertRefused(String token, String password, String message) throws Exception {
        mvc.perform(post("/invitations/{token}", token).with(csrf()).param("displayName", "Jo Bloggs")
                .param("password", password))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error:")))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"Jo Bloggs\"")))
                .andExpect(content().string(not(containsString(password))));
    }

    /** Invites through the People page as the partnership's SRO, and reads the link from the e-mail. */
    private String invite(Tenant tenant, String email) throws Exception {
        mvc.perform(post("/partnership/people/invite").with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("email", email).param("role", "CONTRIBUTOR"))
                .andExpect(status().is3xxRedirection());
        MimeMessage[] received = smtp.getReceivedMessages();
        return token(GreenMailUtil.getBody(received[received.length - 1]));
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("a link in: " + body).isTrue();
        return matcher.group(1);
    }
}
