package org.sendplan.validation.rules;

/** How findings name rows: numbered from 1 as on the pages, with the row's own name when it has one. */
final class Labels {

    private Labels() {
    }

    static String row(String kind, int index, String name) {
        int number = index + 1;
        return name == null ? Messages.get("validation.label." + kind, String.valueOf(number))
                : Messages.get("validation.label." + kind + "Named", String.valueOf(number), name);
    }
}
