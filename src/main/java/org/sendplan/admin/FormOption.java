package org.sendplan.admin;

/** One choice of a radios or select component: its value, label and hint (null for none). */
record FormOption(String value, String label, String hint) {
}
