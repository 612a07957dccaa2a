package org.sendplan.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sendplan.account.PasswordPolicy.Problem;

class PasswordPolicyTests {

    static final String EMAIL = "Nadia.Ahmed@northshire.gov.uk";

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.check("correct horse battery staple", EMAIL)).isEmpty();
    }

    @Test
    void twelveCharactersIsEnoughAndElevenIsNot() {
        assertThat(PasswordPolicy.check("kettle-plums", EMAIL)).isEmpty();
        assertThat(PasswordPolicy.check("kettle-plum", EMAIL)).containsExactly(Problem.TOO_SHORT);
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(PasswordPolicy.check("", EMAIL)).containsExactly(Problem.MISSING);
        assertThat(PasswordPolicy.check(null, EMAIL)).containsExactly(Problem.MISSING);
    }

    @Test
    void refusesTheLocalPartOfTheEmailInAnyCase() {
        assertThat(PasswordPolicy.check("my NADIA.AHMED password", EMAIL)).containsExactly(Problem.CONTAINS_EMAIL);
    }

    @Test
    void allowsAShortLocalPartThatOccursInOrdinaryWords() {
        assertThat(PasswordPolicy.check("jolly good weather", "jo@example.gov.uk")).isEmpty();
    }

    @Test
    void refusesVeryCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordPolicy.check("Password1234", EMAIL)).containsExactly(Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("QWERTYUIOPAS", EMAIL)).containsExactly(Problem.TOO_COMMON);
    }

    @Test
    void refusesMoreThanBcryptCanRead() {
        assertThat(PasswordPolicy.check("a".repeat(64) , EMAIL)).isEmpty();
        assertThat(PasswordPolicy.check("a".repeat(65), EMAIL)).containsExactly(Problem.TOO_LONG);
        assertThat(PasswordPolicy.check("é".repeat(40), EMAIL)).containsExactly(Problem.TOO_LONG);
    }
}
