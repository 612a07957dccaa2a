package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.ReadyTenant;

/** A whole Department review in a browser, with axe-core on every page it visits. */
class ReviewBrowserTests extends BrowserTestSupport {

    @Test
    void theAdviserFlagsAGapInTheRisksTheSroFixesItRepliesAndResolvesAndTheAdviserCompletesTheReview() {
        ReadyTenant ready = fixtures.readyForSignOff("BrowserReview");
        String adviser = fixtures.adviser(ready.tenant());
        long planId = ready.planId();

        open("/sign-in");
        assertAccessible();
        signInAndCheck(ready.sroEmail());
        open("/plans/" + planId);
        assertAccessible();
        clickAndWait(driver.findElement(By.id("review-link")));
        assertThat(driver.getTitle()).startsWith("Department review");
        assertAccessible();
        clickAndWait(driver.findElement(By.id("request-review")));
        assertThat(banner()).contains("You have asked for a review");
        assertThat(driver.findElement(By.id("review-status")).getText()).contains("In review");
        assertAccessible();

        switchUser(adviser);
        open("/plans/" + planId + "/review");
        assertAccessible();
        clickAndWait(driver.findElement(By.id("add-comment")));
        assertThat(driver.getTitle()).startsWith("Add a comment");
        assertAccessible();
        clickAndWait(driver.findElement(By.id("save-comment")));
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(driver.findElement(By.id("section-error")).getText()).contains("Select the section");
        assertThat(driver.findElement(By.id("body-error")).getText()).contains("Enter your comment");
        assertAccessible();
        new Select(driver.findElement(By.id("section"))).selectByValue("Q10_RISKS");
        driver.findElement(By.id("body")).sendKeys("The risks leave out the supply of therapists to recruit.");
        driver.findElement(By.cssSelector("label[for='significantGap']")).click();
        clickAndWait(driver.findElement(By.id("save-comment")));
        assertThat(banner()).contains("Your comment has been added");
        WebElement thread = driver.findElement(By.cssSelector("#section-Q10_RISKS article.app-review-thread"));
        assertThat(thread.getText()).contains("Open", "Significant gap", "supply of therapists");
        String commentId = thread.getAttribute("id").substring("comment-".length());
        assertAccessible();

        switchUser(ready.sroEmail());
        open("/plans/" + planId);
        assertThat(driver.findElement(By.id("task-Q10_RISKS-hint")).getText()).contains("1 open review comment");
        assertAccessible();
        clickAndWait(driver.findElement(By.cssSelector("a[href='/plans/" + planId + "/sections/q10-risks']")));
        assertThat(driver.findElement(By.id("review-comments")).getText()).contains("1 open comment");
        assertAccessible();
        WebElement mitigation = driver.findElement(By.id("risks-0-mitigation"));
        mitigation.clear();
        mitigation.sendKeys("Recruit two therapists a year through the apprenticeship route.");
        clickAndWait(driver.findElement(By.cssSelector("main button[name='action'][value='later']")));
        assertAccessible();

        open("/plans/" + planId + "/review");
        assertAccessible();
        clickAndWait(driver.findElement(By.id("changes-link")));
        assertThat(driver.getTitle()).startsWith("What has changed since the review");
        WebElement risks = driver.findElement(By.id("table-changes-risks"));
        assertThat(risks.getText()).contains("Risk 1", "Changed", "Mitigation");
        assertThat(risks.findElement(By.tagName("ins")).getText())
                .contains("Recruit two therapists a year through the apprenticeship route.");
        assertThat(driver.findElement(By.id("changes-Q1_VISION")).getText()).contains("No changes since the review.");
        assertAccessible();

        open("/plans/" + planId + "/review");
        clickAndWait(driver.findElement(By.id("reply-" + commentId)));
        assertThat(driver.getTitle()).startsWith("Reply to a comment");
        assertAccessible();
        driver.findElement(By.id("body")).sendKeys("Added to risk 1: we recruit through apprenticeships.");
        clickAndWait(driver.findElement(By.id("save-reply")));
        assertThat(banner()).contains("Your reply has been added");
        assertAccessible();
        clickAndWait(driver.findElement(By.id("resolve-" + commentId)));
        assertThat(banner()).contains("marked as resolved");
        assertThat(driver.findElement(By.id("comment-" + commentId)).getText())
                .contains("Resolved", "we recruit through apprenticeships");
        assertAccessible();

        switchUser(adviser);
        open("/plans/" + planId + "/review");
        assertAccessible();
        clickAndWait(driver.findElement(By.id("complete-review")));
        assertThat(driver.findElement(By.id("open-comments")).getText()).isEqualTo("Every comment has been resolved.");
        assertAccessible();
        driver.findElement(By.id("summary")).sendKeys("Ready for sign-off.");
        clickAndWait(driver.findElement(By.id("confirm-complete")));
        assertThat(banner()).contains("The review is complete");
        assertThat(driver.findElement(By.id("review-status")).getText()).contains("Draft");
        assertThat(driver.findElement(By.id("review-summary-text")).getText()).isEqualTo("Ready for sign-off.");
        assertAccessible();
    }

    private void switchUser(String email) {
        driver.manage().deleteAllCookies();
        signInAndCheck(email);
    }

    private void signInAndCheck(String email) {
        signIn(email, Fixtures.PASSWORD);
        assertAccessible();
    }

    private String banner() {
        return driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText();
    }
}
