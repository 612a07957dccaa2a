package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;

class RisksAndGovernanceBrowserTests extends BrowserTestSupport {

    @Test
    void sroRatesARiskOnTheMatrixAndCompletesTheRisks() {
        Tenant tenant = fixtures.tenant("BrowserRisks");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + tenant.planId());
        driver.findElement(By.cssSelector("a[href='/plans/" + tenant.planId() + "/sections/q10-risks']")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Risks");
        assertThat(driver.findElement(By.tagName("caption")).getText()).isEqualTo("Where your risks sit on the risk matrix");
        assertAccessible();

        type("risks-0-description", "Not enough speech and language therapists to recruit");
        choose("risks-0-impact-critical");
        choose("risks-0-likelihood-possible");
        clickAndWait(button("rate-risk-0"));
        assertThat(text("risks-0-matrix-rating")).contains("Matrix rating:", "Amber");
        assertThat(value("risks-0-description")).isEqualTo("Not enough speech and language therapists to recruit");
        assertThat(matrixCell("CRITICAL-POSSIBLE").getText()).contains("Amber", "Risk 1");
        assertAccessible();

        clickAndWait(button("add-risk"));
        type("risks-1-description", "A risk added by mistake");
        assertAccessible();
        clickAndWait(button("remove-risk-1"));
        assertThat(driver.findElements(By.id("risks-1"))).isEmpty();
        assertThat(value("risks-0-description")).isEqualTo("Not enough speech and language therapists to recruit");
        assertThat(driver.findElement(By.id("risks-0-impact-critical")).isSelected()).isTrue();

        choose("risks-0-rag-green");
        type("risks-0-mitigation", "Grow our own: apprenticeships with the local university");
        choose("risks-0-residualRag-green");
        choose("completed");
        clickAndWait(driver.findElement(By.cssSelector("button[value='continue']")));
        assertThat(driver.getTitle()).startsWith("Error:");
        WebElement problems = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(problems.getText()).contains("Risk 1 is rated green but the risk matrix gives amber");
        assertThat(driver.findElement(By.id("risks-0-rag-error")).getText()).contains("rated green");
        assertAccessible();

        problems.findElement(By.cssSelector("a[href='#risks-0-rag']")).click();
        type("risks-0-ragOverrideReason", "Three therapists already accepted offers");
        choose("completed");
        clickAndWait(driver.findElement(By.cssSelector("button[value='continue']")));
        assertThat(driver.getCurrentUrl()).endsWith("/sections/q11-dependencies");

        open("/plans/" + tenant.planId());
        assertThat(driver.findElement(By.id("task-Q10_RISKS-status")).getText()).isEqualTo("Completed");
        open("/plans/" + tenant.planId() + "/check-answers");
        assertThat(driver.findElement(By.id("main-content")).getText())
                .contains("Changed from the matrix rating: Three therapists already accepted offers");
        assertAccessible();
    }

    @Test
    void sroBuildsTheGovernanceTableWithMembersAndCompletesIt() {
        Tenant tenant = fixtures.tenant("BrowserGovernance");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + tenant.planId());
        driver.findElement(By.cssSelector("a[href='/plans/" + tenant.planId() + "/sections/q14-governance']")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Governance");
        assertAccessible();

        type("governance-0-mechanism", "SEND Partnership Board");
        choose("governance-0-kind");
        type("governance-0-purpose", "Owns the plan and holds partners to account");
        type("governance-0-members-0-name", "Director of Children's Services");
        new Select(driver.findElement(By.id("governance-0-members-0-organisationType"))).selectByValue("LA");
        choose("governance-0-members-0-chair");
        clickAndWait(button("add-member-0"));
        type("governance-0-members-1-name", "ICB Director of Place");
        new Select(driver.findElement(By.id("governance-0-members-1-organisationType"))).selectByValue("ICB");
        clickAndWait(button("add-member-0"));
        type("governance-0-members-2-name", "Added by mistake");
        assertAccessible();
        clickAndWait(button("remove-member-0-2"));
        assertThat(driver.findElements(By.id("governance-0-members-2"))).isEmpty();
        assertThat(value("governance-0-members-1-name")).isEqualTo("ICB Director of Place");
        assertThat(driver.findElement(By.id("governance-0-members-0-chair")).isSelected()).isTrue();

        type("governance-0-cadence", "Monthly");
        type("governance-0-decisionRights", "Approves spending over £50,000");
        choose("governance-0-includesSro");
        choose("completed");
        clickAndWait(driver.findElement(By.cssSelector("button[value='continue']")));
        assertThat(driver.getTitle()).startsWith("Error:");
        WebElement problems = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(problems.getText()).contains("has no escalation route",
                "No governance group has a member from the parent carer forum");
        assertAccessible();

        type("governance-0-escalationRoute", "Health and Wellbeing Board");
        clickAndWait(button("add-member-0"));
        type("governance-0-members-2-name", "Forum co-chair");
        new Select(driver.findElement(By.id("governance-0-members-2-organisationType"))).selectByValue("PCF");
        choose("completed");
        clickAndWait(driver.findElement(By.cssSelector("button[value='continue']")));
        assertThat(driver.getCurrentUrl()).endsWith("/sections/q15-support");

        open("/plans/" + tenant.planId() + "/check-answers");
        assertThat(driver.findElement(By.id("main-content")).getText())
                .contains("Governance row 1: SEND Partnership Board", "Forum co-chair, Parent carer forum");
        assertAccessible();
    }

    private WebElement button(String action) {
        return driver.findElement(By.cssSelector("button[name='action'][value='" + action + "']"));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Radios and checkboxes are ticked through their labels, as a user would. */
    private void choose(String id) {
        WebElement input = driver.findElement(By.id(id));
        if (!input.isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
        assertThat(input.isSelected()).as(id).isTrue();
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private WebElement matrixCell(String name) {
        return driver.findElement(By.cssSelector("td[data-cell='" + name + "']"));
    }
}
