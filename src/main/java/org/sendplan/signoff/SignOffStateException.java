package org.sendplan.signoff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The plan is not in the state this step of sign-off needs (for example, it is already signed). */
@ResponseStatus(HttpStatus.CONFLICT)
public class SignOffStateException extends RuntimeException {

    private final long planId;
    private final String messageKey;

    public SignOffStateException(long planId, String messageKey, String detail) {
        super(detail);
        this.planId = planId;
        this.messageKey = messageKey;
    }

    /** The plan whose page the user goes back to, to read why. */
    public long planId() {
        return planId;
    }

    /** The key in messages-signoff.properties of what to tell the user. */
    public String messageKey() {
        return messageKey;
    }
}
