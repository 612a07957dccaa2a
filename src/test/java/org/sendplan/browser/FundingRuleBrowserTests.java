package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendplan.plan.document.PlanDocumentParsers;
import org.sendplan.plan.document.PlanDocumentWriter;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The 90% direct-delivery rule as an officer meets it: broken, explained with figures, fixed. */
class FundingRuleBrowserTests extends BrowserTestSupport {

    @Autowired
    PlanDocumentWriter writer;

    @Test
    void aSpendLineBreakingTheNinetyPercentRuleIsFoundFollowedAndFixed() throws Exception {
        Tenant tenant = fixtures.tenant("Funding");
        writer.replace(tenant.planId(), PlanDocumentParsers.standalone()
                .parse(new ClassPathResource("plans/complete-plan.json").getContentAsByteArray()), tenant.sroId());
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);

        open("/plans/" + tenant.planId() + "/sections/q6-delivery/spend");
        int line = driver.findElements(By.cssSelector("fieldset[id^='funding-spend-']")).size();
        clickButton("add-spend-line");
        String id = "funding-spend-" + line + "-";
        new Select(driver.findElement(By.id(id + "category"))).selectByValue("PROGRAMME_OVERSIGHT");
        driver.findElement(By.id(id + "description")).sendKeys("Extra programme office");
        new Select(driver.findElement(By.id(id + "fundingSource"))).selectByValue("EAH");
        new Select(driver.findElement(By.id(id + "eahClass"))).selectByValue("ENABLING");
        driver.findElement(By.id(id + "q2")).sendKeys("900,000");
        clickButton("later");

        open("/plans/" + tenant.planId() + "/readiness");
        assertAccessible();
        WebElement finding = driver.findElement(By.partialLinkText("Direct delivery is"));
        assertThat(finding.getText()).contains("%").contains("£").contains("at least 90%");
        assertThat(driver.findElement(By.id("funding-summary")).getText()).contains("Does not meet the rule");

        clickAndWait(finding);
        assertThat(driver.getCurrentUrl()).contains("/sections/q6-delivery/spend#funding-spend");
        assertAccessible();
        clickButton("remove-spend-line-" + line);
        clickButton("later");

        open("/plans/" + tenant.planId() + "/readiness");
        assertThat(driver.findElements(By.partialLinkText("Direct delivery is"))).isEmpty();
        assertThat(driver.findElement(By.id("funding-summary")).getText()).doesNotContain("Does not meet the rule");
        assertAccessible();
    }

    private void clickButton(String action) {
        WebElement button = driver.findElement(By.cssSelector("main button[name='action'][value='" + action + "']"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }
}
