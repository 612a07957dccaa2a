package org.sendplan.signoff;

import java.util.List;

import org.sendplan.validation.Finding;

/** The plan still has blocking findings, so it cannot go to sign-off. */
public class NotReadyForSignOffException extends RuntimeException {

    private final transient List<Finding> blocking;

    public NotReadyForSignOffException(List<Finding> blocking) {
        super(blocking.size() + " blocking findings");
        this.blocking = List.copyOf(blocking);
    }

    public List<Finding> blocking() {
        return blocking;
    }
}
