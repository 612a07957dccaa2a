package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.attachments.SampleFiles;
import org.sendplan.plan.document.CoreRequirementId;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;

/**
 * The whole Northshire-style journey: an SRO fills in every section of a new plan from the task
 * list until all 18 are completed and the plan is ready for sign-off, with axe-core run on every
 * page visited.
 */
class FullPlanBrowserTests extends BrowserTestSupport {

    static final String TEXT = "Inclusive settings, timely specialist help and confident families.";

    @TempDir
    Path files;

    Tenant tenant;

    @Test
    void sroCompletesEverySectionFromTheTaskList() throws IOException {
        tenant = fixtures.tenant("Journey");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);

        section(PlanSection.HEADER, () -> {
            type("header-sro-name", "Alex Morgan");
            type("header-sro-jobTitle", "Director of Education");
            type("header-sro-email", "alex.morgan@journey.example");
            driver.findElement(By.cssSelector("label[for='header-sro-organisationType']")).click();
            for (int i = 0; i < 5; i++) {
                type("signatories-" + i + "-name", "Signer " + i);
                type("signatories-" + i + "-email", "signer" + i + "@journey.example");
                type("signatories-" + i + "-jobTitle", "Leader " + i);
            }
        });
        for (PlanSection narrative : List.of(PlanSection.EXEC_SUMMARY, PlanSection.Q1_VISION, PlanSection.Q3_STRATEGY,
                PlanSection.Q7_CAPACITY, PlanSection.Q8_OTHER_FUNDING, PlanSection.Q9_ENGAGEMENT,
                PlanSection.Q11_DEPENDENCIES, PlanSection.Q12_MONITORING, PlanSection.Q15_SUPPORT)) {
            section(narrative, () -> driver.findElements(By.cssSelector("main textarea[id^='narratives-']"))
                    .forEach(textarea -> textarea.sendKeys(TEXT)));
        }
        section(PlanSection.Q2_BLUEPRINT, () -> {
            for (int i = 0; i < 4; i++) {
                type("blueprint-rows-" + i + "-whereWeAre", "Now " + i);
                type("blueprint-rows-" + i + "-whereWeWillBe", "In three years " + i);
            }
            type("blueprint-rows-4-name", "Workforce");
            type("blueprint-rows-4-whereWeAre", "Vacancies");
            type("blueprint-rows-4-whereWeWillBe", "A stable workforce");
            type("blueprint-successMeasures-0-measure", "Attendance of pupils with SEN");
            type("blueprint-successMeasures-0-baseline", "88%");
            type("blueprint-successMeasures-0-target", "91%");
        });
        section(PlanSection.Q4_MATURITY, () -> upload("attachments-Q4_MATURITY_ASSESSMENT", "maturity.xlsx",
                SampleFiles.xlsx()));
        section(PlanSection.Q5_ROADMAP, () -> {
            for (int i = 0; i < 4; i++) {
                years(i, "Block " + i);
            }
            clickButton("add-success-measure");
            type("roadmap-4-name", "EHCP requests per 10,000");
            years(4, "62");
            clickButton("add-leading-indicator");
            type("roadmap-5-name", "Settings reached");
            years(5, "40%");
        });
        section(PlanSection.Q6_DELIVERY, this::fillDeliveryAndSpend);
        section(PlanSection.Q10_RISKS, this::fillRisks);
        section(PlanSection.Q13_DATA_RETURN, () -> upload("attachments-Q13_DATA_RETURN", "data-return.xlsx",
                SampleFiles.xlsx()));
        section(PlanSection.Q14_GOVERNANCE, this::fillGovernance);
        section(PlanSection.CORE_REQUIREMENTS, () -> {
            for (int i = 0; i < CoreRequirementId.values().length; i++) {
                driver.findElement(By.cssSelector("label[for='coreRequirements-" + i + "-sections-Q6']")).click();
                type("coreRequirements-" + i + "-evidence", "Delivery plan workstream " + (i % 5 + 1) + ".");
            }
        });

        open("/plans/" + tenant.planId());
        for (PlanSection section : PlanSection.values()) {
            assertThat(driver.findElement(By.id("task-" + section.name() + "-status")).getText())
                    .as(section.name()).isEqualTo("Completed");
        }
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("You have completed 18 of 18 sections");
        assertAccessible();

        open("/plans/" + tenant.planId() + "/readiness");
        assertThat(driver.findElement(By.id("blocking-count")).getText()).isEqualTo("0");
        assertAccessible();
        open("/plans/" + tenant.planId() + "/check-answers");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Alex Morgan", TEXT, "Workforce");
        assertAccessible();
    }

    /** Opens the section from the task list, fills it, says it is complete and saves. */
    private void section(PlanSection section, Runnable fill) {
        open("/plans/" + tenant.planId());
        driver.findElement(By.cssSelector("a[href='/plans/" + tenant.planId() + "/sections/" + section.slug() + "']"))
                .click();
        assertAccessible();
        fill.run();
        if (driver.findElements(By.id("completed")).isEmpty()) {
            clickButton("continue");
        }
        driver.findElement(By.id("completed")).click();
        clickButton("later");
        List<WebElement> problems = driver.findElements(By.cssSelector(".govuk-error-summary"));
        assertThat(problems).as(() -> section + " not completed: " + problems.get(0).getText()).isEmpty();
        assertThat(driver.findElement(By.id("task-" + section.name() + "-status")).getText())
                .as(section.name()).isEqualTo("Completed");
    }

    private void fillDeliveryAndSpend() {
        String[] blocks = { "INCLUSION_IN_SETTINGS", "SPECIALIST_SUPPORT", "LEADERSHIP_AND_COPRODUCTION",
                "INCLUSIVE_CULTURE" };
        for (int i = 0; i < blocks.length; i++) {
            if (i > 0) {
                clickButton("add-workstream");
            }
            String id = "deliveryPlan-" + i + "-";
            type(id + "name", "Workstream " + (i + 1));
            select(id + "buildingBlock", blocks[i]);
            type(id + "outcome", "Outcome " + (i + 1));
            type(id + "successMeasure", "Measure " + (i + 1));
            type(id + "lead", "Lead " + (i + 1));
            for (String quarter : new String[] { "Q2", "Q3", "Q4" }) {
                type(id + "quarters-" + quarter + "-milestone", quarter + " milestone");
            }
        }
        assertAccessible();
        clickButton("continue");
        type("funding-eahAllocation", "1,200,000");
        select("funding-spend-0-category", "WORKFORCE_RECRUITMENT");
        type("funding-spend-0-description", "Speech and language advanced practitioner and therapists");
        select("funding-spend-0-fundingSource", "EAH");
        select("funding-spend-0-eahClass", "DIRECT_DELIVERY");
        select("funding-spend-0-discipline", "SALT_ADVANCED_PRACTITIONER");
        type("funding-spend-0-q2", "400000");
        type("funding-spend-0-q3", "400000");
        type("funding-spend-0-q4", "400000");
        type("funding-baselineServiceSpend-0-service", "SALT");
        type("funding-baselineServiceSpend-0-previousYear", "900000");
        type("funding-baselineServiceSpend-0-planYear", "900000");
        assertAccessible();
    }

    private void select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    private void fillRisks() {
        type("risks-0-description", "Not enough speech and language therapists to recruit");
        choose("risks-0-impact-critical");
        choose("risks-0-likelihood-possible");
        type("risks-0-mitigation", "Apprenticeships with the local university");
        choose("risks-0-residualRag-green");
    }

    private void fillGovernance() {
        type("governance-0-mechanism", "SEND Partnership Board");
        choose("governance-0-kind");
        type("governance-0-purpose", "Owns the plan and holds partners to account");
        type("governance-0-members-0-name", "Director of Children's Services");
        select("governance-0-members-0-organisationType", "LA");
        choose("governance-0-members-0-chair");
        clickButton("add-member-0");
        type("governance-0-members-1-name", "ICB Director of Place");
        select("governance-0-members-1-organisationType", "ICB");
        clickButton("add-member-0");
        type("governance-0-members-2-name", "Parent carer forum co-chair");
        select("governance-0-members-2-organisationType", "PCF");
        type("governance-0-cadence", "Monthly");
        type("governance-0-decisionRights", "Approves spending over 50,000 pounds");
        type("governance-0-escalationRoute", "Health and Wellbeing Board");
        choose("governance-0-includesSro");
    }

    private void years(int row, String text) {
        type("roadmap-" + row + "-y2026_27", text + " in 2026/27");
        type("roadmap-" + row + "-y2027_28", text + " in 2027/28");
        type("roadmap-" + row + "-y2028_29", text + " in 2028/29");
    }

    private void upload(String inputId, String name, byte[] content) {
        try {
            driver.findElement(By.id(inputId)).sendKeys(Files.write(files.resolve(name), content).toString());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String id) {
        if (!driver.findElement(By.id(id)).isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
    }

    /** Clicks a form button by its action value and waits for the next page. */
    private void clickButton(String action) {
        WebElement button = driver.findElement(By.cssSelector("main button[name='action'][value='" + action + "']"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }
}
