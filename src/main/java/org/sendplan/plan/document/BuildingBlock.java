package org.sendplan.plan.document;

/** The four building blocks of Annex A Q2, Q5 and Q6. */
public enum BuildingBlock {
    INCLUSION_IN_SETTINGS, SPECIALIST_SUPPORT, LEADERSHIP_AND_COPRODUCTION, INCLUSIVE_CULTURE
}
