package org.sendplan.submission.pack;

/** How one file of a pack compares with its manifest; {@code problem} is null when it matches. */
public record FileCheck(String name, boolean ok, String problem) {

    static FileCheck matches(String name) {
        return new FileCheck(name, true, null);
    }

    static FileCheck problem(String name, String problem) {
        return new FileCheck(name, false, problem);
    }
}
