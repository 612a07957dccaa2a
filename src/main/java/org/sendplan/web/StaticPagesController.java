package org.sendplan.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages with no data of their own, open to everyone. */
@Controller
class StaticPagesController {

    static final String ACCESSIBILITY_VIEW = "web/accessibility";
    static final String COOKIES_VIEW = "web/cookies";

    @GetMapping("/accessibility")
    String showAccessibility() {
        return ACCESSIBILITY_VIEW;
    }

    @GetMapping("/cookies")
    String showCookies() {
        return COOKIES_VIEW;
    }
}
