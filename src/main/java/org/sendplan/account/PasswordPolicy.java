package org.sendplan.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules for new accounts, stated on the page that asks for one: at least
 * {@link #MIN_LENGTH} characters, not containing the part of the e-mail address before the @, and
 * not one of the passwords attackers try first. Length beats complexity rules (NCSC guidance), so
 * there are no rules about symbols or capitals.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** bcrypt reads only the first 72 bytes, so anything longer would not all count. */
    private static final int MAX_BYTES = 72;
    /** Shorter local parts such as "jo" occur in ordinary words, so only longer ones are refused. */
    private static final int MIN_LOCAL_PART = 3;

    private static final Set<String> COMMON = Set.of("password1234", "password12345", "password123456",
            "passwordpassword", "123456789012", "1234567890123", "12345678901234", "qwertyuiopas",
            "qwertyuiop123", "qwerty123456", "iloveyou1234", "letmein12345", "welcome12345", "welcome123456",
            "abc123456789", "abcdefghijkl", "aaaaaaaaaaaa", "111111111111", "000000000000", "changeme1234",
            "administrator", "password1!password1!", "football1234", "monkey123456", "sunshine1234",
            "trustno1trustno1", "baseball1234", "superman1234", "princess1234", "localsendreform");

    /** One broken rule: its message key in {@code messages-admin.properties}. */
    public enum Problem {
        MISSING("invitation.password.error.missing"),
        TOO_SHORT("invitation.password.error.tooShort"),
        TOO_LONG("invitation.password.error.tooLong"),
        CONTAINS_EMAIL("invitation.password.error.containsEmail"),
        TOO_COMMON("invitation.password.error.common");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private PasswordPolicy() {
    }

    /** Every rule the password breaks, most fundamental first; empty when it may be used. */
    public static List<Problem> check(String password, String email) {
        if (password == null || password.isEmpty()) {
            return List.of(Problem.MISSING);
        }
        List<Problem> problems = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email == null ? "" : email.strip().toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        if (localPart.length() >= MIN_LOCAL_PART && lower.contains(localPart)) {
            problems.add(Problem.CONTAINS_EMAIL);
        }
        if (COMMON.contains(lower)) {
            problems.add(Problem.TOO_COMMON);
        }
        return problems;
    }
}
