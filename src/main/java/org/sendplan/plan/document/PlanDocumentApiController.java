package org.sendplan.plan.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanNotEditableException;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.PlanSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET} and {@code PUT /api/plans/{id}} of plan-format.md: a plan as a {@code sendplan/v1}
 * document, and replacing a draft's content with one. Same session, CSRF protection and tenant
 * scope as the pages: a plan outside the user's partnerships answers 404 to both.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
class PlanDocumentApiController {

    /** A complete plan is some tens of kilobytes; anything this large is not a plan. */
    static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

    private final PlanAccess access;
    private final PlanDocumentReader reader;
    private final PlanDocumentParser parser;
    private final PlanDocumentImport documentImport;

    PlanDocumentApiController(PlanAccess access, PlanDocumentReader reader, PlanDocumentParser parser,
            PlanDocumentImport documentImport) {
        this.access = access;
        this.reader = reader;
        this.parser = parser;
        this.documentImport = documentImport;
    }

    record Errors(List<DocumentError> errors) {
    }

    record Conflict(String message, PlanStatus status) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    PlanDocument showDocument(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user) {
        access.readable(planId, user);
        return reader.read(planId);
    }

    /** Answers the plan as stored afterwards, so the client sees exactly what the service made of its document. */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    PlanDocument replaceDocument(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user,
            InputStream body) throws IOException {
        PlanSummary plan = access.editable(planId, user);
        byte[] content = body.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A plan document is at most 2 MiB");
        }
        return documentImport.replace(plan, parser.parse(content), user);
    }

    @ExceptionHandler
    ResponseEntity<Errors> invalidDocument(PlanDocumentInvalidException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new Errors(e.errors()));
    }

    @ExceptionHandler
    ResponseEntity<Conflict> notEditable(PlanNotEditableException e) {
        return notDraft(new PlanNotDraftException(e.plan().id(), e.plan().status()));
    }

    @ExceptionHandler
    ResponseEntity<Conflict> notDraft(PlanNotDraftException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Conflict("Only a draft plan can be changed; this plan is " + e.status(), e.status()));
    }
}
