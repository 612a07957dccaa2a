package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sendplan.account.SignatoryRole;
import org.sendplan.signoff.ContentHash;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.ReadyTenant;

/** The whole sign-off in a browser: sent, signed by the five leaders with their passwords, submitted, downloaded. */
class SignOffBrowserTests extends BrowserTestSupport {

    @Test
    void fiveLeadersSignTheFrozenPlanAndTheSroSubmitsItAndDownloadsThePack() throws Exception {
        ReadyTenant ready = fixtures.readyForSignOff("Browser");
        signIn(ready.sroEmail(), Fixtures.PASSWORD);
        // A section form left open in one tab while the plan goes for sign-off in another.
        open("/plans/" + ready.planId() + "/sections/q1-vision");
        String formTab = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open("/plans/" + ready.planId());
        clickAndWait(driver.findElement(By.id("sign-off-link")));
        assertThat(driver.getTitle()).startsWith("Sign-off");
        assertAccessible();
        clickAndWait(driver.findElement(By.id("send-for-sign-off")));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("sent for sign-off");
        String hash = driver.findElement(By.id("content-hash")).getText();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertAccessible();
        String signOffTab = driver.getWindowHandle();
        driver.switchTo().window(formTab);
        clickAndWait(driver.findElement(By.cssSelector("main button[name='action'][value='later']")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This plan cannot be changed now");
        assertAccessible();
        driver.close();
        driver.switchTo().window(signOffTab);

        boolean first = true;
        for (Map.Entry<SignatoryRole, String> signatory : ready.signatories().entrySet()) {
            driver.manage().deleteAllCookies();
            signIn(signatory.getValue(), Fixtures.PASSWORD);
            WebElement waiting = driver.findElement(By.id("waiting-for-sign-off"));
            assertThat(waiting.getText()).contains(ready.tenant().partnership().getName());
            if (first) {
                assertAccessible();
            }
            clickAndWait(waiting.findElement(By.cssSelector("a[href='/plans/" + ready.planId() + "/sign-off']")));
            clickAndWait(driver.findElement(By.id("sign-plan")));
            if (first) {
                assertAccessible();
                driver.findElement(By.cssSelector("label[for='declaration']")).click();
                driver.findElement(By.id("password")).sendKeys("a wrong password");
                clickAndWait(driver.findElement(By.id("confirm-sign")));
                assertThat(driver.getTitle()).startsWith("Error:");
                assertThat(driver.findElement(By.id("password-error")).getText()).contains("not correct");
                assertThat(driver.findElement(By.id("declaration")).isSelected()).isTrue();
                assertAccessible();
            }
            else {
                driver.findElement(By.cssSelector("label[for='declaration']")).click();
            }
            driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            clickAndWait(driver.findElement(By.id("confirm-sign")));
            assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                    .contains("You have signed the plan");
            assertThat(driver.findElement(By.id("signature-" + signatory.getKey().name())).getText()).contains("Signed");
            if (first) {
                assertAccessible();
            }
            first = false;
        }

        driver.manage().deleteAllCookies();
        signIn(ready.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + ready.planId() + "/sign-off");
        assertThat(driver.findElement(By.id("signatures")).getText()).contains("5 of 5");
        assertAccessible();
        clickAndWait(driver.findElement(By.id("submit-plan")));
        assertThat(driver.findElement(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Plan submitted");
        assertAccessible();
        String packSha = driver.findElement(By.id("pack-sha256")).getText();
        String href = driver.findElement(By.id("download-pack")).getAttribute("href");

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SENDPLAN_SESSION=" + driver.manage().getCookieNamed("SENDPLAN_SESSION").getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(ContentHash.sha256(download.body())).isEqualTo(packSha);

        open("/submission/check");
        assertAccessible();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("pack", ".zip");
        try {
            java.nio.file.Files.write(file, download.body());
            driver.findElement(By.id("pack")).sendKeys(file.toString());
            clickAndWait(driver.findElement(By.id("check-pack")));
            assertThat(driver.findElement(By.id("check-result")).getText()).contains("exactly as submitted");
            assertAccessible();
        }
        finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
