package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;

/** Annex A Q6 in a real browser without any help from JavaScript-only features: both pages, rows, errors, completion. */
class DeliveryBrowserTests extends BrowserTestSupport {

    @Test
    void sroFillsInTheDeliveryPlanAndSpendingAndCompletesTheSection() {
        Tenant tenant = fixtures.tenant("Journey");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + tenant.planId());
        clickAndWait(driver.findElement(By.cssSelector("a[href='/plans/" + tenant.planId() + "/sections/q6-delivery']")));
        assertThat(driver.getTitle()).startsWith("Workstreams");
        assertAccessible();

        // Page 1: one workstream, add a second, remove it again
        fillWorkstream(0, "Therapy in schools", "SPECIALIST_SUPPORT");
        click("button[value='add-workstream']");
        assertThat(value("deliveryPlan-0-name")).isEqualTo("Therapy in schools");
        assertThat(value("deliveryPlan-0-quarters-Q4-trajectory")).isEqualTo("Q4 target for Therapy in schools");
        type("deliveryPlan-1-name", "To be removed");
        assertAccessible();
        click("button[value='remove-workstream-1']");
        assertThat(driver.findElements(By.id("deliveryPlan-1-name"))).isEmpty();
        assertThat(new Select(driver.findElement(By.id("deliveryPlan-0-buildingBlock"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("SPECIALIST_SUPPORT");
        assertAccessible();
        click("button[value='continue']");

        // Page 2: a bad amount is shown back with its error and nothing else typed is lost
        assertThat(driver.getCurrentUrl()).endsWith("/sections/q6-delivery/spend");
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Your changes have been saved");
        assertAccessible();
        type("funding-eahAllocation", "£1,000,000");
        fillSpendLine(0, "WORKFORCE_RECRUITMENT", "Speech and language therapists", "EAH", "DIRECT_DELIVERY", "SALT",
                "300,000", "12.345", "300000");
        type("funding-baselineServiceSpend-0-service", "SALT");
        type("funding-baselineServiceSpend-0-previousYear", "900000");
        type("funding-baselineServiceSpend-0-planYear", "900000");
        click("button[value='later']");
        assertThat(driver.getTitle()).startsWith("Error:");
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("Amount must have no more than 2 decimal places");
        assertThat(value("funding-spend-0-q3")).isEqualTo("12.345");
        assertThat(value("funding-eahAllocation")).isEqualTo("£1,000,000");
        assertThat(value("funding-spend-0-description")).isEqualTo("Speech and language therapists");
        assertThat(driver.findElement(By.id("funding-spend-0-q3-error")).getText()).contains("2 decimal places");
        assertAccessible();
        summary.findElement(By.cssSelector("a[href='#funding-spend-0-q3']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("funding-spend-0-q3");

        // Add a second line and a third, then remove the third
        type("funding-spend-0-q3", "300000");
        click("button[value='add-spend-line']");
        assertAccessible();
        fillSpendLine(1, "PROGRAMME_OVERSIGHT", "Programme manager", "EAH", "", "", "10000", "10000", "10000");
        click("button[value='add-spend-line']");
        type("funding-spend-2-description", "Not needed after all");
        assertAccessible();
        click("button[value='remove-spend-line-2']");
        assertThat(driver.findElements(By.id("funding-spend-2-description"))).isEmpty();
        assertThat(value("funding-spend-1-description")).isEqualTo("Programme manager");
        assertAccessible();

        // Completing with an Experts at Hand line that has no type is refused, with the rule's message
        driver.findElement(By.id("completed")).click();
        click("button[value='continue']");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("not complete yet")
                .contains("Spend line 2 (Programme manager) is Experts at Hand funding");
        assertThat(driver.findElement(By.id("funding-spend-1-eahClass-error")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("table")).getText()).contains("£900,000.00");
        assertAccessible();

        new Select(driver.findElement(By.id("funding-spend-1-eahClass"))).selectByValue("ENABLING");
        driver.findElement(By.id("completed")).click();
        click("button[value='continue']");
        assertThat(driver.getCurrentUrl()).endsWith("/sections/q7-capacity");
        assertAccessible();

        open("/plans/" + tenant.planId());
        assertThat(driver.findElement(By.id("task-Q6_DELIVERY-status")).getText()).isEqualTo("Completed");
        assertAccessible();
    }

    private void fillWorkstream(int i, String name, String block) {
        String id = "deliveryPlan-" + i + "-";
        type(id + "name", name);
        new Select(driver.findElement(By.id(id + "buildingBlock"))).selectByValue(block);
        type(id + "outcome", "Outcome of " + name);
        type(id + "successMeasure", "Measure of " + name);
        type(id + "lead", "Lead of " + name);
        for (String q : new String[] { "Q2", "Q3", "Q4" }) {
            type(id + "quarters-" + q + "-milestone", q + " milestone for " + name);
            type(id + "quarters-" + q + "-trajectory", q + " target for " + name);
        }
    }

    private void fillSpendLine(int i, String category, String description, String source, String eahClass,
            String discipline, String q2, String q3, String q4) {
        String id = "funding-spend-" + i + "-";
        new Select(driver.findElement(By.id(id + "category"))).selectByValue(category);
        type(id + "description", description);
        new Select(driver.findElement(By.id(id + "fundingSource"))).selectByValue(source);
        new Select(driver.findElement(By.id(id + "eahClass"))).selectByValue(eahClass);
        new Select(driver.findElement(By.id(id + "discipline"))).selectByValue(discipline);
        type(id + "q2", q2);
        type(id + "q3", q3);
        type(id + "q4", q4);
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Every button this test clicks submits the form: wait for the next page before reading it. */
    private void click(String css) {
        clickAndWait(driver.findElement(By.cssSelector(css)));
    }
}
