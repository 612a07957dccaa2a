package org.sendplan.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.sendplan.account.CurrentUser;
import org.sendplan.account.UserAccountService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Acts as a real user in MockMvc: the principal is loaded exactly as sign-in loads it. */
@TestComponent
public class SignIn {

    private final UserAccountService users;

    SignIn(UserAccountService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String email) {
        CurrentUser currentUser = users.loadUserByUsername(email);
        return user(currentUser);
    }
}
