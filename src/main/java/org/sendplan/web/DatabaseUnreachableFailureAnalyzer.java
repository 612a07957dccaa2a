package org.sendplan.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database into one clear line instead of a page of stack trace. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(
                "sendplan cannot reach PostgreSQL at " + cause.getUrl() + " (" + cause.getCause().getMessage() + ").",
                "Start PostgreSQL on that address (for example 'pg_ctlcluster 15 main start' or 'docker compose up -d db'),"
                        + " or point SPRING_DATASOURCE_URL at a running server.",
                cause);
    }
}
