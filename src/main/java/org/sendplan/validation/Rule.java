package org.sendplan.validation;

import java.util.List;

/**
 * One validation rule of rules.md. {@link #id()} is stable: it never changes meaning, so findings
 * stored in a submission pack stay comparable across releases. {@link #check} is pure: it reads
 * only the snapshot, so the same snapshot always gives the same findings.
 */
public interface Rule {

    String id();

    Severity severity();

    /** Every failure of this rule in the plan, or an empty list when the plan passes it. */
    List<Finding> check(PlanSnapshot plan);
}
