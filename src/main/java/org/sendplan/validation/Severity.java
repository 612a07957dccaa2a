package org.sendplan.validation;

/** How much a failed rule matters: a BLOCKING finding keeps a plan from sign-off, a WARNING does not. */
public enum Severity {
    BLOCKING, WARNING
}
