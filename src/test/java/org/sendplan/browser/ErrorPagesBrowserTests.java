package org.sendplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sendplan.support.BrowserTestSupport;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;

/** Each error status has its own GOV.UK page, not the generic one. */
class ErrorPagesBrowserTests extends BrowserTestSupport {

    @Test
    void anotherPartnershipsPlanShowsPageNotFound() {
        Tenant mine = fixtures.tenant("Mine");
        Tenant theirs = fixtures.tenant("Theirs");
        signIn(mine.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + theirs.planId());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(driver.getPageSource()).doesNotContain(theirs.partnership().getName());
        assertAccessible();
    }

    @Test
    void aPageForAnotherRoleShowsNoPermission() {
        Tenant tenant = fixtures.tenant("Roles");
        signIn(tenant.sroEmail(), Fixtures.PASSWORD);
        open("/plans/" + tenant.planId() + "/sign-off/sign");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have permission to view this page");
        assertAccessible();
    }
}
