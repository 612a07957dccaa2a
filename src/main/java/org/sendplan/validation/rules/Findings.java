package org.sendplan.validation.rules;

import org.sendplan.validation.Finding;
import org.sendplan.validation.Rule;

/** Builds a rule's finding with its message looked up and formatted now, so a finding is plain data. */
final class Findings {

    private Findings() {
    }

    static Finding of(Rule rule, String path, String key, Object... arguments) {
        return new Finding(rule.id(), rule.severity(), path, Messages.get(key, arguments));
    }
}
