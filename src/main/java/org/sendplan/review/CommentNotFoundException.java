package org.sendplan.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such comment thread on this plan: another plan's comment answers 404 like a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CommentNotFoundException extends RuntimeException {

    public CommentNotFoundException(long commentId) {
        super("No comment thread " + commentId + " on this plan");
    }
}
