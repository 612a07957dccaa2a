package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Administration in a browser: a partnership added, its SRO invited by e-mail and signed in; the dashboard. */
class AdministrationBrowserTests extends BrowserTestSupport {

    static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("sendplan.mail.enabled", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
    }

    @Test
    void anAdminAddsAPartnershipAndItsInvitedSroSetsAPasswordAndSeesTheirPlan() throws Exception {
        signIn(fixtures.admin(), Fixtures.PASSWORD);
        clickAndWait(driver.findElement(By.linkText("Administration")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Partnerships");
        assertAccessible();

        clickAndWait(driver.findElement(By.id("plan-years-link")));
        assertAccessible();
        clickAndWait(driver.findElement(By.cssSelector("a[href='/admin/plan-years/2026-27']")));
        driver.findElement(By.id("deadline")).clear();
        driver.findElement(By.id("deadline-month")).clear();
        driver.findElement(By.id("deadline-month")).sendKeys("13");
        clickAndWait(driver.findElement(By.id("save-deadline")));
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(driver.findElement(By.id("deadline-error")).getText()).contains("must include a day");
        assertAccessible();

        open("/admin/partnerships/new");
        clickAndWait(driver.findElement(By.id("create-partnership")));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a short code");
        assertAccessible();
        String code = "B-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String name = "Brightwater " + code;
        driver.findElement(By.id("laName")).sendKeys("Brightwater Council");
        driver.findElement(By.id("icbName")).sendKeys("NHS Brightwater ICB");
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("displayName")).sendKeys(name);
        clickAndWait(driver.findElement(By.id("create-partnership")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertAccessible();

        String sroEmail = "sro-" + code.toLowerCase() + "@brightwater.test";
        driver.findElement(By.id("email")).sendKeys(sroEmail);
        clickAndWait(driver.findElement(By.id("invite-sro")));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains(sroEmail);
        assertThat(driver.findElement(By.id("pending-invitations")).getText()).contains(sroEmail);
        assertAccessible();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received[received.length - 1].getAllRecipients()[0].toString()).isEqualTo(sroEmail);
        Matcher link = LINK.matcher(GreenMailUtil.getBody(received[received.length - 1]));
        assertThat(link.find()).isTrue();

        driver.manage().deleteAllCookies();
        open("/invitations/" + link.group(1));
        assertThat(driver.findElement(By.id("password-policy")).getText()).contains("at least 12 characters");
        assertAccessible();
        driver.findElement(By.id("displayName")).sendKeys("Priya Shah");
        driver.findElement(By.id("password")).sendKeys("too short");
        clickAndWait(driver.findElement(By.id("create-account")));
        assertThat(driver.findElement(By.id("password-error")).getText()).contains("at least 12 characters");
        assertThat(driver.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Priya Shah");
        assertAccessible();
        driver.findElement(By.id("password")).sendKeys("brightwater river lantern");
        clickAndWait(driver.findElement(By.id("create-account")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You have joined the partnership");
        assertAccessible();

        clickAndWait(driver.findElement(By.id("sign-in-link")));
        signIn(sroEmail, "brightwater river lantern");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(name);
        assertThat(driver.findElements(By.cssSelector("main a[href^='/plans/']"))).hasSize(1);
        assertAccessible();
        clickAndWait(driver.findElement(By.linkText("People")));
        assertThat(driver.findElement(By.id("members")).getText()).contains("Priya Shah");
        assertAccessible();
        clickAndWait(driver.findElement(By.id("invite-person")));
        assertAccessible();

        open("/invitations/" + link.group(1));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This invitation link has already been used");
        assertAccessible();
    }

    @Test
    void anAdviserFiltersAndSortsTheirDashboard() {
        Tenant north = fixtures.tenant("Dashnorth");
        Tenant south = fixtures.tenant("Dashsouth");
        Tenant unassigned = fixtures.tenant("Dashwest");
        signIn(fixtures.adviser(north, south), Fixtures.PASSWORD);
        clickAndWait(driver.findElement(By.id("dashboard-link")));
        String table = driver.findElement(By.id("dashboard")).getText();
        assertThat(table).contains(north.partnership().getName(), south.partnership().getName())
                .doesNotContain(unassigned.partnership().getName());
        assertAccessible();

        new Select(driver.findElement(By.id("sort"))).selectByValue("deadline");
        new Select(driver.findElement(By.id("status"))).selectByValue("SUBMITTED");
        clickAndWait(driver.findElement(By.id("apply-filters")));
        assertThat(driver.getCurrentUrl()).contains("sort=deadline").contains("status=SUBMITTED");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("No partnership has a plan with this status");
        assertAccessible();
    }
}
