package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class RiskCompleteRuleTests {

    final RiskCompleteRule rule = new RiskCompleteRule();

    @Test
    void completeRisksPass() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    static List<Arguments> missingFields() {
        return List.of(
                Arguments.of("description", "Risk 2 has no description", (UnaryOperator<Risk>) r -> new Risk(" ",
                        r.impact(), r.likelihood(), r.rag(), null, r.mitigation(), r.residualRag())),
                Arguments.of("impact", "Risk 2 has no impact level", (UnaryOperator<Risk>) r -> new Risk(
                        r.description(), null, r.likelihood(), r.rag(), null, r.mitigation(), r.residualRag())),
                Arguments.of("likelihood", "Risk 2 has no likelihood", (UnaryOperator<Risk>) r -> new Risk(
                        r.description(), r.impact(), null, r.rag(), null, r.mitigation(), r.residualRag())),
                Arguments.of("mitigation", "Risk 2 has no mitigation", (UnaryOperator<Risk>) r -> new Risk(
                        r.description(), r.impact(), r.likelihood(), r.rag(), null, null, r.residualRag())),
                Arguments.of("residualRag", "Risk 2 has no residual RAG rating", (UnaryOperator<Risk>) r -> new Risk(
                        r.description(), r.impact(), r.likelihood(), r.rag(), null, r.mitigation(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingFields")
    void eachMissingFieldFails(String field, String message, UnaryOperator<Risk> change) {
        assertThat(check(Plans.edit().risk(1, change).build())).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("RISK-COMPLETE");
            assertThat(finding.path()).isEqualTo("$.risks[1]." + field);
            assertThat(finding.message()).isEqualTo(message);
        });
    }

    @Test
    void missingRagIsNotThisRulesConcern() {
        assertThat(check(Plans.edit().risk(0, r -> Plans.withRag(r, null)).build())).isEmpty();
    }

    @Test
    void emptyRiskReportsEveryField() {
        assertThat(check(Plans.edit().risk(2, r -> new Risk(null, null, null, null, null, null, null)).build()))
                .hasSize(5);
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
