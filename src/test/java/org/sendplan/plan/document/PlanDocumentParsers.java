package org.sendplan.plan.document;

import tools.jackson.databind.json.JsonMapper;

/** A {@link PlanDocumentParser} for tests outside this package that run without Spring. */
public final class PlanDocumentParsers {

    private PlanDocumentParsers() {
    }

    public static PlanDocumentParser standalone() {
        return new PlanDocumentParser(JsonMapper.builder().build());
    }
}
