package org.sendplan.admin;

import org.sendplan.account.FormErrors;

/** The "Add a partnership" form, as typed. */
record PartnershipForm(String laName, String icbName, String code, String displayName) {

    static final String CODE_PATTERN = "^[A-Z0-9-]{2,16}$";
    static final int MAX_NAME = 200;
    static final int MAX_DISPLAY_NAME = 120;

    PartnershipForm {
        laName = laName == null ? "" : laName;
        icbName = icbName == null ? "" : icbName;
        code = code == null ? "" : code;
        displayName = displayName == null ? "" : displayName;
    }

    static PartnershipForm empty() {
        return new PartnershipForm("", "", "", "");
    }

    void check(FormErrors errors) {
        required(errors, "laName", laName, MAX_NAME);
        required(errors, "icbName", icbName, MAX_NAME);
        if (code.isBlank()) {
            errors.add("code", "admin.partnership.code.error.missing");
        }
        else if (!code.strip().matches(CODE_PATTERN)) {
            errors.add("code", "admin.partnership.code.error.format");
        }
        required(errors, "displayName", displayName, MAX_DISPLAY_NAME);
    }

    private static void required(FormErrors errors, String field, String value, int max) {
        if (value.isBlank()) {
            errors.add(field, "admin.partnership." + field + ".error.missing");
        }
        else if (value.strip().length() > max) {
            errors.add(field, "admin.partnership." + field + ".error.tooLong", max);
        }
    }
}
