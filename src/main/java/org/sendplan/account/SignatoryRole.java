package org.sendplan.account;

/** The sign-off roles of plan-format.md; the first five are required on every plan. */
public enum SignatoryRole {
    LA_CHIEF_EXECUTIVE(true),
    ICB_CHIEF_EXECUTIVE(true),
    LA_DCS(true),
    ICB_PLACE_DIRECTOR(true),
    LA_S151_OFFICER(true),
    OTHER(false);

    private final boolean required;

    SignatoryRole(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }
}
