package org.sendplan.validation;

import java.util.List;

/**
 * The outcome of validating a plan: {@code valid} is true when no finding is blocking (warnings do
 * not stop sign-off). Findings come in task-list order, see {@link RuleEngine}.
 */
public record ValidationResult(boolean valid, List<Finding> findings) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }

    static ValidationResult of(List<Finding> findings) {
        return new ValidationResult(findings.stream().noneMatch(Finding::blocking), findings);
    }

    public List<Finding> blocking() {
        return findings.stream().filter(Finding::blocking).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(finding -> !finding.blocking()).toList();
    }
}
