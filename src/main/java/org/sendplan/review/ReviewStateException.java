package org.sendplan.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The plan or review is not in the state this step needs (for example, a review is already open). */
@ResponseStatus(HttpStatus.CONFLICT)
public class ReviewStateException extends RuntimeException {

    private final String messageKey;

    public ReviewStateException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** The key in messages-review.properties of what to tell the user. */
    public String messageKey() {
        return messageKey;
    }
}
