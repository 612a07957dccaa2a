package org.sendplan.validation;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.validation.rules.Rules;
import org.springframework.stereotype.Component;

/**
 * Runs every rule of rules.md over a snapshot. Findings come in a stable order, the order of the
 * task list and then of the document (see {@link DocumentOrder}), so the same plan always lists
 * the same findings the same way, in pages, the API and the submission pack.
 */
@Component
public class RuleEngine {

    private final List<Rule> rules;

    /** The rules of rules.md. */
    public RuleEngine() {
        this(Rules.all());
    }

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public ValidationResult validate(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(plan));
        }
        DocumentOrder.sort(findings);
        return ValidationResult.of(findings);
    }
}
