package org.sendplan.plan.document;

/**
 * The kind of organisation a person represents: {@code PCF} is the parent carer forum, {@code CYP}
 * children and young people's voice.
 */
public enum OrganisationType {
    LA, ICB, HEALTH_PROVIDER, PCF, CYP, SCHOOL, MAT, EARLY_YEARS, FE, AP_SPECIALIST, DFE, OTHER;

    /** Health representation in governance means the ICB or a health provider. */
    public boolean isHealth() {
        return this == ICB || this == HEALTH_PROVIDER;
    }
}
