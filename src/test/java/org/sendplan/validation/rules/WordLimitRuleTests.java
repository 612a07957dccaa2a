package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class WordLimitRuleTests {

    final WordLimitRule rule = new WordLimitRule();

    @Test
    void q1AtExactly250WordsPasses() {
        assertThat(check(NarrativeKey.Q1_VISION, Plans.words(250))).isEmpty();
    }

    @Test
    void q1At251WordsFailsGivingCountAndLimit() {
        assertThat(check(NarrativeKey.Q1_VISION, Plans.words(251))).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("WORD-LIMIT");
            assertThat(finding.path()).isEqualTo("$.narratives.Q1_VISION");
            assertThat(finding.message()).isEqualTo(
                    "The answer to Q1 (vision and goals) is 251 words long; the limit is 250 words, so remove at "
                            + "least 1 word");
        });
    }

    @ParameterizedTest
    @EnumSource(NarrativeKey.class)
    void everyNarrativeHasItsOwnLimit(NarrativeKey key) {
        assertThat(check(key, Plans.words(key.wordLimit()))).isEmpty();
        assertThat(check(key, Plans.words(key.wordLimit() + 1))).extracting(Finding::path)
                .containsExactly("$.narratives." + key.name());
    }

    @Test
    void execSummaryMayHave500Words() {
        assertThat(check(NarrativeKey.EXEC_SUMMARY, Plans.words(500))).isEmpty();
        assertThat(check(NarrativeKey.EXEC_SUMMARY, Plans.words(501))).hasSize(1);
    }

    @Test
    void noBreakSpacesSeparateWords() {
        String text = String.join("\u00A0", Plans.words(251).split(" "));

        assertThat(check(NarrativeKey.Q1_VISION, text)).hasSize(1);
    }

    @Test
    void extraWhitespaceDoesNotAddWords() {
        String text = "  " + String.join(" \n\n ", Plans.words(250).split(" ")) + "\n";

        assertThat(check(NarrativeKey.Q1_VISION, text)).isEmpty();
    }

    @Test
    void largeCountsAreWrittenWithSeparators() {
        assertThat(check(NarrativeKey.Q9_ENGAGEMENT, Plans.words(1500))).singleElement().extracting(Finding::message)
                .asString().contains("is 1,500 words long; the limit is 500 words, so remove at least 1,000 words");
    }

    private List<Finding> check(NarrativeKey key, String text) {
        PlanDocument plan = Plans.edit().narrative(key, text).build();
        return rule.check(Plans.snapshot(plan));
    }
}
