package org.sendplan.plan.document;

/** A red, amber or green rating. */
public enum Rag {
    RED, AMBER, GREEN
}
