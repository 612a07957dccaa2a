package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;

/** Annex A Q2 and Q5 in a real browser: filling the tables, adding and removing rows, completing. */
class BlueprintAndRoadmapBrowserTests extends BrowserTestSupport {

    @Test
    void sroFillsInTheBlueprintAddingAndRemovingRows() {
        Tenant tenant = fixtures.tenant("Blueprint");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        openTaskListSection(tenant, "q2-blueprint");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Three-year blueprint and success measures");
        assertThat(driver.findElements(By.cssSelector("fieldset[id^='blueprint-rows-']"))).hasSize(5);
        assertAccessible();

        // Asking to complete an empty blueprint saves it and lists what is missing, linked to the fields.
        driver.findElement(By.id("completed")).click();
        clickButton("continue");
        WebElement problems = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(problems.getText()).contains("not complete yet", "no complete enabler row");
        assertThat(driver.findElement(By.id("blueprint-rows-error")).getText()).contains("no complete enabler row");
        assertAccessible();
        problems.findElement(By.cssSelector("a[href='#blueprint-rows-0']")).click();
        assertAccessible();

        for (int i = 0; i < 4; i++) {
            type("blueprint-rows-" + i + "-whereWeAre", "Where block " + i + " is now");
            type("blueprint-rows-" + i + "-whereWeWillBe", "Where block " + i + " will be");
        }
        type("blueprint-rows-4-name", "Workforce");
        type("blueprint-rows-4-whereWeAre", "Vacancies in therapy teams");
        type("blueprint-rows-4-whereWeWillBe", "A stable, growing workforce");

        clickButton("add-enabler");
        assertThat(driver.getCurrentUrl()).endsWith("#blueprint-rows-5");
        assertThat(value("blueprint-rows-4-name")).isEqualTo("Workforce");
        assertThat(value("blueprint-rows-2-whereWeAre")).isEqualTo("Where block 2 is now");
        type("blueprint-rows-5-name", "Capital");
        assertAccessible();
        clickButton("remove-enabler-5");
        assertThat(driver.findElements(By.id("blueprint-rows-5-name"))).isEmpty();
        assertThat(value("blueprint-rows-4-whereWeWillBe")).isEqualTo("A stable, growing workforce");

        type("blueprint-successMeasures-0-measure", "Attendance of pupils with SEN");
        type("blueprint-successMeasures-0-baseline", "88.1%");
        type("blueprint-successMeasures-0-target", "91%");
        driver.findElement(By.id("completed")).click();
        clickButton("continue");

        assertThat(driver.getCurrentUrl()).endsWith("/sections/q3-strategy");
        open("/plans/" + tenant.planId());
        assertThat(taskStatus("Q2_BLUEPRINT")).isEqualTo("Completed");
    }

    @Test
    void sroFillsInTheRoadmapAddingAndRemovingRows() {
        Tenant tenant = fixtures.tenant("Roadmap");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        openTaskListSection(tenant, "q5-roadmap");
        assertThat(driver.findElements(By.cssSelector("fieldset[id^='roadmap-']"))).hasSize(4);
        assertAccessible();

        for (int i = 0; i < 4; i++) {
            fillYears(i, "Block " + i);
        }
        clickButton("add-enabler");
        type("roadmap-4-name", "Workforce");
        fillYears(4, "Workforce");
        clickButton("add-success-measure");
        type("roadmap-5-name", "EHCP requests per 10,000");
        fillYears(5, "62");
        clickButton("add-leading-indicator");
        type("roadmap-6-name", "Settings reached by Experts at Hand");
        fillYears(6, "40%");
        clickButton("add-enabler");
        assertThat(driver.getCurrentUrl()).endsWith("#roadmap-5");
        assertThat(value("roadmap-6-name")).isEqualTo("EHCP requests per 10,000");
        type("roadmap-5-name", "Capital");
        assertAccessible();
        clickButton("remove-row-5");
        assertThat(value("roadmap-5-name")).isEqualTo("EHCP requests per 10,000");
        assertThat(value("roadmap-6-y2028_29")).isEqualTo("40% in 2028/29");

        // One year left empty: saved, but the section cannot be completed until it is filled in.
        driver.findElement(By.id("roadmap-6-y2027_28")).clear();
        driver.findElement(By.id("completed")).click();
        clickButton("continue");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Roadmap row 7 (Settings reached by Experts at Hand) says nothing for 2027/28");
        assertThat(driver.findElement(By.id("roadmap-6-y2027_28-error")).getText()).contains("says nothing");
        assertAccessible();

        type("roadmap-6-y2027_28", "70%");
        driver.findElement(By.id("completed")).click();
        clickButton("later");
        assertThat(taskStatus("Q5_ROADMAP")).isEqualTo("Completed");

        open("/plans/" + tenant.planId() + "/check-answers");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Settings reached by Experts at Hand", "70%");
        assertAccessible();
    }

    private void openTaskListSection(Tenant tenant, String slug) {
        driver.findElement(By.cssSelector("a[href='/plans/" + tenant.planId() + "']")).click();
        driver.findElement(By.cssSelector("a[href='/plans/" + tenant.planId() + "/sections/" + slug + "']")).click();
    }

    private void fillYears(int row, String text) {
        type("roadmap-" + row + "-y2026_27", text + " in 2026/27");
        type("roadmap-" + row + "-y2027_28", text + " in 2027/28");
        type("roadmap-" + row + "-y2028_29", text + " in 2028/29");
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** Clicks a form button by its action value and waits for the next page. */
    private void clickButton(String action) {
        WebElement button = driver.findElement(By.cssSelector("button[name='action'][value='" + action + "']"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.stalenessOf(button));
    }

    private String taskStatus(String section) {
        List<WebElement> status = driver.findElements(By.id("task-" + section + "-status"));
        assertThat(status).hasSize(1);
        return status.get(0).getText();
    }
}
