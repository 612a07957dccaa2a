package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sendplan.plan.document.CoreRequirementId;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;

class HeaderAndRequirementsBrowserTests extends BrowserTestSupport {

    @Test
    void sroFillsInTheHeaderWithSignatoriesAndMapsEveryCoreRequirement() {
        Tenant tenant = fixtures.tenant("Browser");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + tenant.planId());
        assertAccessible();

        // The header, opened from the task list.
        driver.findElement(By.linkText("Partnership details, senior responsible owner and signatories")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/sections/header");
        assertThat(value("header-localAuthority")).isEqualTo("Browser Council");
        assertAccessible();

        type("header-sro-name", "Sam Patel");
        type("header-sro-jobTitle", "Director of Education");
        type("header-sro-email", "sam.patel at browser");
        driver.findElement(By.cssSelector("label[for='header-sro-organisationType']")).click();
        String[] names = { "Alex Chief", "Bo Board", "Cam Children", "Dee Place", "Eli Finance" };
        for (int i = 0; i < names.length; i++) {
            type("signatories-" + i + "-name", names[i]);
            type("signatories-" + i + "-email", "signer" + i + "@browser.example");
        }

        clickAndWait(driver.findElement(By.cssSelector("button[value='add-signatory']")));
        assertThat(value("header-sro-email")).isEqualTo("sam.patel at browser");
        assertThat(value("signatories-4-name")).isEqualTo("Eli Finance");
        type("signatories-5-name", "Fran College");
        type("signatories-5-email", "fran@college.example");
        type("signatories-5-jobTitle", "Principal");
        assertAccessible();

        clickAndWait(driver.findElement(By.cssSelector("button[value='add-signatory']")));
        type("signatories-6-name", "Gus Mistake");
        clickAndWait(driver.findElement(By.cssSelector("button[value='remove-signatory-6']")));
        assertThat(driver.findElements(By.id("signatories-6-name"))).isEmpty();
        assertThat(value("signatories-5-jobTitle")).isEqualTo("Principal");
        assertThat(driver.findElement(By.id("header-sro-organisationType")).isSelected()).isTrue();

        driver.findElement(By.cssSelector("label[for='completed']")).click();
        clickAndWait(driver.findElement(By.cssSelector("button[value='continue']")));
        assertThat(driver.getTitle()).startsWith("Error:");
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter an email address in the correct format, like name@example.com");
        assertThat(driver.findElement(By.id("header-sro-email-error")).getText())
                .contains("Enter an email address in the correct format");
        assertAccessible();

        summary.findElement(By.cssSelector("a[href='#header-sro-email']")).click();
        type("header-sro-email", "sam.patel@browser.example");
        clickAndWait(driver.findElement(By.cssSelector("button[value='continue']")));
        assertThat(driver.getCurrentUrl()).endsWith("/sections/exec-summary");

        open("/plans/" + tenant.planId());
        assertThat(taskStatus("HEADER")).isEqualTo("Completed");

        // The core minimum requirements, opened from the task list.
        driver.findElement(By.linkText("Where the plan meets each core minimum requirement")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/sections/core-requirements");
        assertAccessible();
        driver.findElement(By.cssSelector("a[href='#group-MED']")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#group-MED");

        int count = CoreRequirementId.values().length;
        int left = CoreRequirementId.PART_6.ordinal();
        for (int i = 0; i < count; i++) {
            if (i != left) {
                map(i, i % 2 == 0 ? "Q6" : "ATTACHMENT", "Shown in the delivery plan, row " + i + ".");
            }
        }
        driver.findElement(By.cssSelector("label[for='completed']")).click();
        clickAndWait(driver.findElement(By.cssSelector("button[value='continue']")));
        List<WebElement> problems = driver.findElements(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).getText()).contains("PART-6");
        assertThat(problems.get(0).getAttribute("href")).endsWith("#coreRequirements-" + left);
        assertThat(driver.findElement(By.id("coreRequirements-" + left + "-error")).getText()).contains("PART-6");
        assertThat(driver.findElement(By.id("group-EAH")).getText()).contains("11 of 11 mapped");
        assertAccessible();

        map(left, "Q14", "The governance table names the SRO.");
        clickAndWait(driver.findElement(By.cssSelector("button[value='continue']")));
        assertThat(driver.getCurrentUrl()).endsWith("/check-answers");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Sam Patel")
                .contains("Fran College")
                .contains("The governance table names the SRO.");
        assertAccessible();

        open("/plans/" + tenant.planId());
        assertThat(taskStatus("CORE_REQUIREMENTS")).isEqualTo("Completed");
    }

    private void map(int index, String section, String evidence) {
        driver.findElement(By.cssSelector("label[for='coreRequirements-" + index + "-sections-" + section + "']")).click();
        type("coreRequirements-" + index + "-evidence", evidence);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    private String taskStatus(String section) {
        return driver.findElement(By.id("task-" + section + "-status")).getText();
    }
}
