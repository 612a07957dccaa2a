package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.springframework.test.context.TestPropertySource;

/**
 * With a session of two minutes and ten seconds the warning is due after ten seconds: it appears,
 * is accessible, and "Stay signed in" keeps the session and hides it (until it is due again).
 */
@TestPropertySource(properties = "server.servlet.session.timeout=130s")
class SessionTimeoutBrowserTests extends BrowserTestSupport {

    @Test
    void warnsTwoMinutesBeforeTheSessionEndsAndLetsTheUserStay() {
        Tenant tenant = fixtures.tenant("Timeout");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + tenant.planId());

        WebElement warning = driver.findElement(By.id("session-timeout-warning"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOf(warning));
        assertThat(warning.getText()).contains("You will be signed out in 2 minutes");
        assertAccessible();

        warning.findElement(By.tagName("button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(warning));
        open("/plans/" + tenant.planId());
        assertThat(driver.getCurrentUrl()).endsWith("/plans/" + tenant.planId());
    }
}
