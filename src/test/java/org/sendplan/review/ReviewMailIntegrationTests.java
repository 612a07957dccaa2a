package org.sendplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Review e-mail through a real SMTP server (GreenMail) inside the test JVM. */
@IntegrationTest
class ReviewMailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("sendplan.mail.enabled", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;
    String adviser;
    String secondAdviser;

    @BeforeEach
    void aPartnershipWithTwoAdvisers() {
        tenant = fixtures.tenant("ReviewMail");
        adviser = fixtures.adviser(tenant);
        secondAdviser = fixtures.adviser(tenant);
        fixtures.adviser(fixtures.tenant("OtherMail"));
    }

    @Test
    void theAssignedAdvisersAndTheSroAreToldWhenAReviewIsRequested() throws Exception {
        perform(post("/plans/{id}/review/request", tenant.planId()), tenant.sroEmail());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(recipients(received)).containsExactlyInAnyOrder(adviser, secondAdviser, tenant.sroEmail());
        MimeMessage toAdviser = Arrays.stream(received).filter(m -> recipients(m).contains(adviser)).findFirst()
                .orElseThrow();
        assertThat(toAdviser.getSubject()).startsWith("Please review the ").endsWith("Local SEND Reform Plan");
        assertThat(GreenMailUtil.getBody(toAdviser)).contains("/plans/" + tenant.planId() + "/review");
    }

    @Test
    void theSroIsToldOfEachCommentWithItsTextAndOfAFlaggedGap() throws Exception {
        perform(post("/plans/{id}/review/request", tenant.planId()), tenant.sroEmail());
        smtp.purgeEmailFromAllMailboxes();

        perform(post("/plans/{id}/review/comments/new", tenant.planId()).param("section", "Q10_RISKS")
                .param("body", "Workforce supply is missing.").param("significantGap", "true"), adviser);
        perform(post("/plans/{id}/review/comments/new", tenant.planId()).param("section", "Q1_VISION")
                .param("body", "Say how you will measure confidence."), secondAdviser);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(recipients(received)).containsOnly(tenant.sroEmail());
        assertThat(received[0].getSubject()).contains("has found a significant gap in the");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Workforce supply is missing.").contains("Risks")
                .contains("/plans/" + tenant.planId() + "/review#comment-");
        assertThat(received[1].getSubject()).contains("has commented on the");
        assertThat(GreenMailUtil.getBody(received[1])).contains("Say how you will measure confidence.");
    }

    @Test
    void theSroIsNotEmailedAboutTheirOwnReply() throws Exception {
        perform(post("/plans/{id}/review/request", tenant.planId()), tenant.sroEmail());
        perform(post("/plans/{id}/review/comments/new", tenant.planId()).param("section", "Q10_RISKS")
                .param("body", "Workforce supply is missing."), adviser);
        smtp.purgeEmailFromAllMailboxes();
        long commentId = jdbc.sql("select id from review_comment where plan_id = :planId")
                .param("planId", tenant.planId()).query(Long.class).single();

        perform(post("/plans/{id}/review/comments/{c}/reply", tenant.planId(), commentId)
                .param("body", "Added as risk 3."), tenant.sroEmail());

        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void theSroGetsTheSummaryWhenTheReviewIsComplete() throws Exception {
        perform(post("/plans/{id}/review/request", tenant.planId()), tenant.sroEmail());
        smtp.purgeEmailFromAllMailboxes();

        perform(post("/plans/{id}/review/complete", tenant.planId())
                .param("summary", "Ready for sign-off once the risks are updated."), adviser);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(recipients(received)).containsExactly(tenant.sroEmail());
        assertThat(received[0].getSubject()).startsWith("The review of the ").endsWith("plan is complete");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Ready for sign-off once the risks are updated.");
    }

    private void perform(MockHttpServletRequestBuilder request, String email) throws Exception {
        mvc.perform(request.with(signIn.as(email)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private static List<String> recipients(MimeMessage... messages) {
        return Arrays.stream(messages).flatMap(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
