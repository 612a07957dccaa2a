package org.sendplan.web;

import java.time.Duration;

import org.sendplan.account.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page. */
@ControllerAdvice
class LayoutModelAdvice {

    private final long sessionTimeoutSeconds;

    LayoutModelAdvice(@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        this.sessionTimeoutSeconds = sessionTimeout.toSeconds();
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(@AuthenticationPrincipal CurrentUser user) {
        return user;
    }

    /** Lets the session warning appear two minutes before the server ends an idle session. */
    @ModelAttribute("sessionTimeoutSeconds")
    Long sessionTimeoutSeconds() {
        return sessionTimeoutSeconds;
    }
}
