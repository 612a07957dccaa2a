package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.ReadyTenant;
import org.sendplan.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;

/** The Department's decision in a browser, and the SRO starting the revision it asks for. */
class OutcomeBrowserTests extends BrowserTestSupport {

    @Autowired
    Workflow workflow;

    @Test
    void anAdministratorRecordsNotApprovedAndTheSroStartsARevision() {
        ReadyTenant ready = fixtures.readyForSignOff("Decision");
        workflow.submit(ready, ready.planId());
        String admin = fixtures.admin();

        signIn(admin, Fixtures.PASSWORD);
        open("/plans/" + ready.planId() + "/outcome");
        assertAccessible();
        driver.findElement(By.id("reasons")).sendKeys("Say how the APST model will be staffed");
        clickAndWait(driver.findElement(By.id("record-outcome")));
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(driver.findElement(By.id("outcome-error")).getText()).contains("Select whether the plan is approved");
        assertThat(driver.findElement(By.id("reasons")).getAttribute("value"))
                .isEqualTo("Say how the APST model will be staffed");
        assertAccessible();
        driver.findElement(By.cssSelector("label[for='outcome-not-approved']")).click();
        clickAndWait(driver.findElement(By.id("record-outcome")));
        assertThat(driver.findElement(By.id("recorded-outcome")).getText()).contains("Not approved")
                .contains("Say how the APST model will be staffed");
        assertAccessible();

        driver.manage().deleteAllCookies();
        signIn(ready.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + ready.planId());
        clickAndWait(driver.findElement(By.id("outcome-link")));
        assertAccessible();
        clickAndWait(driver.findElement(By.id("start-revision")));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("revision has been started");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("revision 2");
        assertAccessible();
        open("/");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("2026-27 (revision 2)");
        assertAccessible();
    }
}
