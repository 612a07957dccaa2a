package org.sendplan.plan.document;

/** Where an uploaded file belongs in the plan. */
public enum AttachmentSlot {
    Q2_BLUEPRINT_EVIDENCE, Q4_MATURITY_ASSESSMENT, Q5_ROADMAP_EVIDENCE, Q6_DELIVERY_EVIDENCE, Q13_DATA_RETURN,
    Q14_GOVERNANCE_DIAGRAM, OTHER
}
