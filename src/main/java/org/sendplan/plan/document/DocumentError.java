package org.sendplan.plan.document;

/**
 * One thing wrong with a submitted document. {@code path} locates it in JSONPath notation from
 * the document root, e.g. {@code $.risks[2].impact} or {@code $.narratives.Q1_VISION}.
 */
public record DocumentError(String path, String message) {
}
