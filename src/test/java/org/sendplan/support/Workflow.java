package org.sendplan.support;

import org.sendplan.account.CurrentUser;
import org.sendplan.account.UserAccountService;
import org.sendplan.signoff.SignOffService;
import org.sendplan.submission.SubmissionService;
import org.sendplan.support.Fixtures.ReadyTenant;
import org.springframework.boot.test.context.TestComponent;

/** Takes a plan through sign-off and submission with the real services, for tests of what comes after. */
@TestComponent
public class Workflow {

    private final UserAccountService users;
    private final SignOffService signOff;
    private final SubmissionService submissions;

    Workflow(UserAccountService users, SignOffService signOff, SubmissionService submissions) {
        this.users = users;
        this.signOff = signOff;
        this.submissions = submissions;
    }

    /** Sent for sign-off, signed by the five required roles and submitted by the SRO. */
    public void submit(ReadyTenant ready, long planId) {
        CurrentUser sro = users.loadUserByUsername(ready.sroEmail());
        signOff.requestSignOff(planId, sro);
        ready.signatories().values()
                .forEach(email -> signOff.sign(planId, users.loadUserByUsername(email), "127.0.0.1"));
        submissions.submit(planId, sro);
    }

    public CurrentUser user(String email) {
        return users.loadUserByUsername(email);
    }
}
