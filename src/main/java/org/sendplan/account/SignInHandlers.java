package org.sendplan.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt. Every failure, whatever its cause (unknown e-mail, wrong
 * password, locked or disabled account), leads to the same page and message, so the page never
 * reveals whether an account exists. The e-mail typed is kept for the form, the password never.
 */
@Component
public class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String LAST_USERNAME = SignInHandlers.class.getName() + ".LAST_USERNAME";
    private static final int MAX_REMEMBERED_USERNAME = 254;

    private final SignInThrottle throttle;
    private final SavedRequestAwareAuthenticationSuccessHandler redirect =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInHandlers(SignInThrottle throttle) {
        this.throttle = throttle;
        redirect.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        throttle.recordSuccess(user.getId(), user.getEmail());
        request.getSession().removeAttribute(LAST_USERNAME);
        redirect.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (exception instanceof BadCredentialsException && username != null && !username.isBlank()) {
            throttle.recordFailure(username.trim());
        }
        if (username != null) {
            request.getSession().setAttribute(LAST_USERNAME,
                    username.length() > MAX_REMEMBERED_USERNAME ? username.substring(0, MAX_REMEMBERED_USERNAME)
                            : username);
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }
}
