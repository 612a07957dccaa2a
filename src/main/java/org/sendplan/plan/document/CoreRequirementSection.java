package org.sendplan.plan.document;

/**
 * Where in the plan a core minimum requirement is met: the executive summary, a question of
 * Annex A, or an attachment.
 */
public enum CoreRequirementSection {
    EXEC_SUMMARY, Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8, Q9, Q10, Q11, Q12, Q13, Q14, Q15, ATTACHMENT
}
