package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendplan.plan.attachments.SampleFiles;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;

class AttachmentsBrowserTests extends BrowserTestSupport {

    static final String Q4_INPUT = "attachments-Q4_MATURITY_ASSESSMENT";
    static final String TOO_LARGE = "The selected file must be smaller than 20MB";

    @TempDir
    Path files;

    @Test
    void sroUploadsTheMaturityAssessmentAndCompletesQ4() throws Exception {
        Tenant tenant = fixtures.tenant("Upload");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + tenant.planId());
        driver.findElement(By.cssSelector("a[href='/plans/" + tenant.planId() + "/sections/q4-maturity']")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Partnership maturity assessment");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("No file attached");
        assertAccessible();

        // Completing without a file: the rule's message, linked to the file input.
        driver.findElement(By.cssSelector("label[for='completed']")).click();
        submit(By.cssSelector("button[value='later']"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Upload the completed Local Partnership Maturity Assessment Tool (Q4)");
        driver.findElement(By.cssSelector(".govuk-error-summary a[href='#" + Q4_INPUT + "']")).click();
        assertAccessible();

        // A program renamed to .pdf: refused, with the message next to the input.
        driver.findElement(By.id(Q4_INPUT)).sendKeys(write("assessment.pdf", SampleFiles.exe()).toString());
        submit(By.cssSelector("button[value='later']"));
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(driver.findElement(By.id(Q4_INPUT + "-error")).getText())
                .contains("The selected file must be a PDF, Word document (DOCX), Excel spreadsheet (XLSX), PNG or JPEG");
        assertAccessible();

        // A real PDF and "Yes, completed" in one submit.
        driver.findElement(By.id(Q4_INPUT)).sendKeys(write("maturity assessment.pdf", SampleFiles.pdf()).toString());
        driver.findElement(By.cssSelector("label[for='completed']")).click();
        submit(By.cssSelector("button[value='later']"));
        assertThat(driver.getCurrentUrl()).endsWith("/plans/" + tenant.planId());
        assertThat(driver.findElement(By.id("task-Q4_MATURITY-status")).getText()).isEqualTo("Completed");
        assertAccessible();

        driver.findElement(By.cssSelector("a[href='/plans/" + tenant.planId() + "/sections/q4-maturity']")).click();
        String download = "/plans/" + tenant.planId() + "/attachments/Q4_MATURITY_ASSESSMENT/download";
        assertThat(driver.findElement(By.cssSelector("a[href='" + download + "']")).getText())
                .contains("Download");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("maturity assessment.pdf");
        assertAccessible();

        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => done({
                    status: r.status,
                    type: r.headers.get('content-type'),
                    disposition: r.headers.get('content-disposition'),
                    start: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5))
                }));
                """, download);
        assertThat(response).containsEntry("status", 200L).containsEntry("type", "application/pdf")
                .containsEntry("start", "%PDF-");
        assertThat(response.get("disposition").toString()).startsWith("attachment").contains("maturity%20assessment.pdf");
    }

    @Test
    void filesOverTheLimitGetTheSameMessageWhateverTheirSize() throws Exception {
        Tenant tenant = fixtures.tenant("Limit");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        String page = "/plans/" + tenant.planId() + "/attachments/Q14_GOVERNANCE_DIAGRAM";
        open(page);
        driver.findElement(By.id("attachments-Q14_GOVERNANCE_DIAGRAM")).sendKeys(write("board.png", SampleFiles.png()).toString());
        submit(By.cssSelector("main form button.govuk-button:not(.govuk-button--warning)"));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("board.png has been uploaded");
        assertAccessible();

        // 21MB reaches the application; 25.5MB passes the request limit but not the file limit; 30MB
        // is over both. All three come back to the page with the same message.
        for (double megabytes : new double[] { 21, 25.5, 30 }) {
            Path big = sized("diagram-" + megabytes + ".pdf", (long) (megabytes * 1024 * 1024));
            driver.findElement(By.id("attachments-Q14_GOVERNANCE_DIAGRAM")).sendKeys(big.toString());
            submit(By.cssSelector("main form button.govuk-button:not(.govuk-button--warning)"));
            assertThat(driver.getCurrentUrl()).as(megabytes + "MB").endsWith(page);
            assertThat(driver.getTitle()).as(megabytes + "MB").startsWith("Error:");
            assertThat(driver.findElement(By.id("attachments-Q14_GOVERNANCE_DIAGRAM-error")).getText()).contains(TOO_LARGE);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("board.png");
            assertAccessible();
        }
    }

    @Test
    void aFileOverTheLimitOnTheQ13PageComesBackWithTheError() throws Exception {
        Tenant tenant = fixtures.tenant("Limit13");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        String page = "/plans/" + tenant.planId() + "/sections/q13-data-return";
        open(page);
        driver.findElement(By.id("attachments-Q13_DATA_RETURN"))
                .sendKeys(sized("data-return.pdf", 30L * 1024 * 1024).toString());
        driver.findElement(By.cssSelector("label[for='completed']")).click();
        submit(By.cssSelector("button[value='continue']"));
        assertThat(driver.getCurrentUrl()).endsWith(page);
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(driver.findElement(By.id("attachments-Q13_DATA_RETURN-error")).getText()).contains(TOO_LARGE);
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a[href='#attachments-Q13_DATA_RETURN']"))
                .getText()).isEqualTo(TOO_LARGE);
        assertAccessible();
    }

    /** Presses a submit button and waits until the page it leads to has replaced this one (uploads take a moment). */
    private void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    /** A PDF of the given size, written without holding it in memory. */
    private Path sized(String name, long size) throws IOException {
        Path path = files.resolve(name);
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.write(SampleFiles.pdf());
            file.setLength(size);
        }
        return path;
    }
}
