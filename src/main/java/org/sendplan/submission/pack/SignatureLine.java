package org.sendplan.submission.pack;

import java.time.Instant;
import java.util.Objects;

import org.sendplan.account.SignatoryRole;

/** One signature on the plan: who signed in which role, when, and the content hash they signed. */
public record SignatureLine(SignatoryRole role, String name, String email, String jobTitle, Instant signedAt,
        String contentHash) {

    public SignatureLine {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
