package org.sendplan.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendplan.account.SignatoryRole;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.ReadyTenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-off e-mail through a real SMTP server (GreenMail) inside the test JVM. */
@IntegrationTest
class SignOffMailIntegrationTests {

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
    org.sendplan.support.Workflow workflow;

    ReadyTenant ready;

    @BeforeEach
    void aPlanReadyForSignOff() {
        ready = fixtures.readyForSignOff("Mail");
    }

    @Test
    void everySignatoryIsAskedToSignWhenThePlanIsSentForSignOff() throws Exception {
        post(ready.sroEmail(), "/plans/{id}/sign-off/request");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(recipients(received)).containsExactlyInAnyOrderElementsOf(ready.signatories().values());
        assertThat(received[0].getSubject()).startsWith("Please sign the ").endsWith("Local SEND Reform Plan");
        assertThat(GreenMailUtil.getBody(received[0])).contains("/plans/" + ready.planId() + "/sign-off");
    }

    @Test
    void theSroHearsOfEachSignatureOfADeclineAndWhenAllHaveSigned() throws Exception {
        post(ready.sroEmail(), "/plans/{id}/sign-off/request");
        smtp.purgeEmailFromAllMailboxes();

        for (SignatoryRole role : List.of(SignatoryRole.LA_CHIEF_EXECUTIVE, SignatoryRole.ICB_CHIEF_EXECUTIVE,
                SignatoryRole.LA_DCS, SignatoryRole.ICB_PLACE_DIRECTOR, SignatoryRole.LA_S151_OFFICER)) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .post("/plans/{id}/sign-off/sign", ready.planId()).with(signIn.as(ready.signatories().get(role)))
                    .with(csrf()).param("declaration", "true").param("password", Fixtures.PASSWORD))
                    .andExpect(status().is3xxRedirection());
        }
        List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(SignOffMailIntegrationTests::subject).toList();
        assertThat(recipients(smtp.getReceivedMessages())).containsOnly(ready.sroEmail());
        assertThat(subjects).hasSize(6).filteredOn(s -> s.contains("has signed the")).hasSize(5);
        assertThat(subjects).last().asString().contains("has been signed by all five leaders");
    }

    @Test
    void theSroIsToldWhyASignatoryDeclined() throws Exception {
        post(ready.sroEmail(), "/plans/{id}/sign-off/request");
        smtp.purgeEmailFromAllMailboxes();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/plans/{id}/sign-off/decline", ready.planId())
                .with(signIn.as(ready.signatories().get(SignatoryRole.LA_S151_OFFICER))).with(csrf())
                .param("reason", "The baseline for occupational therapy is wrong"))
                .andExpect(status().is3xxRedirection());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(recipients(received)).containsExactly(ready.sroEmail());
        assertThat(received[0].getSubject()).contains("has declined to sign");
        assertThat(GreenMailUtil.getBody(received[0])).contains("The baseline for occupational therapy is wrong");
    }

    @Test
    void theSroIsToldTheDepartmentsDecisionWithItsReasons() throws Exception {
        workflow.submit(ready, ready.planId());
        smtp.purgeEmailFromAllMailboxes();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/plans/{id}/outcome", ready.planId()).with(signIn.as(fixtures.admin())).with(csrf())
                .param("outcome", "NOT_APPROVED").param("reasons", "Say how the APST model will be staffed"))
                .andExpect(status().is3xxRedirection());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(recipients(received)).containsExactly(ready.sroEmail());
        assertThat(received[0].getSubject()).contains("decision").contains("Not approved");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Say how the APST model will be staffed")
                .contains("/plans/" + ready.planId() + "/outcome");
    }

    private void post(String email, String path) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, ready.planId())
                .with(signIn.as(email)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private static List<String> recipients(MimeMessage[] messages) {
        return Arrays.stream(messages).flatMap(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
