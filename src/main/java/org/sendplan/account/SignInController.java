package org.sendplan.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST to the same address. */
@Controller
class SignInController {

    static final String SIGN_IN_VIEW = "account/sign-in";

    @GetMapping("/sign-in")
    String showSignIn(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "timed-out", required = false) String timedOut, HttpSession session,
            Model model) {
        boolean failed = error != null;
        Object lastUsername = session.getAttribute(SignInHandlers.LAST_USERNAME);
        model.addAttribute("signInError", failed);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("timedOut", timedOut != null);
        model.addAttribute("username", failed && lastUsername instanceof String s ? s : "");
        return SIGN_IN_VIEW;
    }
}
