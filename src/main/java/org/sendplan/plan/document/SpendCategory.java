package org.sendplan.plan.document;

/** Categories of projected investment spend (Annex A Q6). */
public enum SpendCategory {
    PROGRAMME_OVERSIGHT, WORKFORCE_RECRUITMENT, WORKFORCE_TRAINING, DATA_DIGITAL, OUTREACH_COMMISSIONING, OTHER
}
