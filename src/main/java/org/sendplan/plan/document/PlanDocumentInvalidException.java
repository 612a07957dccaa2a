package org.sendplan.plan.document;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A submitted {@code sendplan/v1} document is malformed; {@link #errors()} lists every problem found. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class PlanDocumentInvalidException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<DocumentError> errors;

    public PlanDocumentInvalidException(List<DocumentError> errors) {
        super(errors.size() + " error(s) in the plan document, the first at " + errors.get(0).path());
        this.errors = List.copyOf(errors);
    }

    public List<DocumentError> errors() {
        return errors;
    }
}
