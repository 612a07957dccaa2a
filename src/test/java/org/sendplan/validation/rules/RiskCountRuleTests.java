package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendplan.plan.document.Impact;
import org.sendplan.plan.document.Likelihood;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.Rag;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class RiskCountRuleTests {

    final RiskCountRule rule = new RiskCountRule();

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 4, 5 })
    void oneToFiveRisksPass(int count) {
        assertThat(check(count)).isEmpty();
    }

    @Test
    void sixRisksFailAtTheSixth() {
        assertThat(check(6)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("RISK-COUNT");
            assertThat(finding.path()).isEqualTo("$.risks[5]");
            assertThat(finding.message()).isEqualTo("The plan lists 6 risks; at most 5 are allowed");
        });
    }

    @Test
    void manyRisksFailOnce() {
        assertThat(check(12)).singleElement().extracting(Finding::message)
                .isEqualTo("The plan lists 12 risks; at most 5 are allowed");
    }

    @Test
    void noRiskFails() {
        assertThat(check(0)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.risks");
            assertThat(finding.message()).isEqualTo("The plan lists no risks; list up to 5");
        });
    }

    private List<Finding> check(int count) {
        List<Risk> risks = Collections.nCopies(count,
                Plans.risk(Impact.MODERATE, Likelihood.POSSIBLE, Rag.AMBER));
        return rule.check(Plans.snapshot(Plans.edit().risks(risks).build()));
    }
}
