package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;

class SignInBrowserTests extends BrowserTestSupport {

    @Test
    void sroSignsInAndSeesTheTaskList() {
        Tenant tenant = fixtures.tenant("Browser");
        open("/sign-in");
        assertAccessible();

        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertAccessible();

        driver.findElement(By.cssSelector("a[href='/plans/" + tenant.planId() + "']")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("2026-27");
        List<WebElement> tasks = driver.findElements(By.cssSelector(".govuk-task-list__item"));
        assertThat(tasks).hasSize(18);
        assertThat(tasks.get(0).getText()).contains("Not started");
        assertAccessible();
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryAndKeepsTheEmail() {
        Tenant tenant = fixtures.tenant("Wrong");
        signIn(tenant.sroEmail(), "not-the-password");

        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem");
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(tenant.sroEmail());
        assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
        summary.findElement(By.cssSelector("a[href='#username']")).click();
        assertAccessible();
    }

    @Test
    void signOutReturnsToSignIn() {
        Tenant tenant = fixtures.tenant("Signout");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        clickAndWait(driver.findElement(By.cssSelector("form[action='/sign-out'] button")));
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText()).isNotBlank();
        assertAccessible();
        open("/");
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
    }

    @Test
    void staticAndErrorPagesAreAccessible() {
        for (String path : new String[] { "/accessibility", "/cookies" }) {
            open(path);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertAccessible();
        }
        Tenant tenant = fixtures.tenant("Errors");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + Long.MAX_VALUE);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertAccessible();
    }

    @Test
    void govukFontsAndSessionCookieAreServedCorrectly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> font = http.send(HttpRequest.newBuilder(URI.create(
                url("/assets/fonts/bold-b542beb274-v2.woff2"))).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(font.statusCode()).isEqualTo(200);

        HttpResponse<Void> signInPage = http.send(HttpRequest.newBuilder(URI.create(url("/sign-in"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signInPage.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SENDPLAN_SESSION=").contains("HttpOnly")
                        .contains("Secure").contains("SameSite=Lax"));
    }
}
