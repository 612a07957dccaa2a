package org.sendplan.plan.authoring;

/** An error shown in the error summary and next to the field with this id. */
record FormError(String fieldId, String message) {
}
