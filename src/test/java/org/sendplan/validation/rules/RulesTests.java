package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

class RulesTests {

    /** The table of rules.md: ids never change meaning, so this list only ever grows. */
    static final Map<String, Severity> RULES_MD = new LinkedHashMap<>();

    static {
        for (String blocking : new String[] { "HEADER-COMPLETE", "SRO-LA-OFFICIAL", "SIGNATORY-ROLES",
                "NARRATIVE-REQUIRED", "WORD-LIMIT", "BLUEPRINT-COMPLETE", "ROADMAP-COMPLETE", "ROADMAP-MEASURES",
                "DELIVERY-WORKSTREAMS", "SPEND-LINE-VALID", "FUND-WITHIN-ALLOCATION", "FUND-DIRECT-90",
                "FUND-APST-10", "FUND-ELIGIBLE-WORKFORCE", "RISK-COUNT", "RISK-COMPLETE", "RISK-RAG-MATRIX",
                "GOVERNANCE-COMPLETE", "GOVERNANCE-HEALTH", "GOVERNANCE-PCF", "GOVERNANCE-SRO", "CORE-REQUIREMENTS",
                "ATTACHMENTS-REQUIRED" }) {
            RULES_MD.put(blocking, Severity.BLOCKING);
        }
        for (String warning : new String[] { "DELIVERY-QUARTER-MILESTONE", "DELIVERY-BLOCK-COVERAGE",
                "FUND-UNDERSPEND", "FUND-BASELINE-MAINTAINED", "SALT-ADVANCED-PRACTITIONER", "SUBMISSION-DEADLINE" }) {
            RULES_MD.put(warning, Severity.WARNING);
        }
    }

    @Test
    void everyRuleOfRulesMdIsRegisteredOnceWithItsSeverity() {
        Map<String, Severity> registered = Rules.all().stream()
                .collect(Collectors.toMap(Rule::id, Rule::severity, (a, b) -> {
                    throw new AssertionError("Duplicate rule id");
                }, LinkedHashMap::new));

        assertThat(registered).containsExactlyInAnyOrderEntriesOf(RULES_MD);
    }

    @Test
    void ruleClassesAreNamedAfterTheirIds() {
        for (Rule rule : Rules.all()) {
            String expected = Arrays.stream(rule.id().split("-"))
                    .map(part -> part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining("", "", "Rule"));
            assertThat(rule.getClass().getSimpleName()).isEqualTo(expected);
        }
    }
}
