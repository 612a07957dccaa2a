package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.Impact;
import org.sendplan.plan.document.Likelihood;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.Rag;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class RiskRagMatrixRuleTests {

    final RiskRagMatrixRule rule = new RiskRagMatrixRule();

    @Test
    void ragsFromTheMatrixPass() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void ragOffTheMatrixFails() {
        PlanDocument plan = Plans.edit().risk(0, r -> Plans.withRag(r, Rag.RED)).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("RISK-RAG-MATRIX");
            assertThat(finding.path()).isEqualTo("$.risks[0].rag");
            assertThat(finding.message()).isEqualTo("Risk 1 is rated red but the risk matrix gives amber (critical "
                    + "impact x possible likelihood = 12); give a reason for the different rating or change it");
        });
    }

    @Test
    void ragOffTheMatrixWithAReasonPasses() {
        PlanDocument plan = Plans.edit()
                .risk(0, r -> Plans.withOverrideReason(Plans.withRag(r, Rag.RED), "Statutory duty at stake"))
                .build();

        assertThat(check(plan)).isEmpty();
    }

    @Test
    void missingRagFailsEvenWithAReason() {
        PlanDocument plan = Plans.edit()
                .risk(2, r -> Plans.withOverrideReason(Plans.withRag(r, null), "Not sure"))
                .build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.risks[2].rag");
            assertThat(finding.message()).isEqualTo("Risk 3 has no RAG rating; the risk matrix gives green (marginal "
                    + "impact x unlikely likelihood = 4)");
        });
    }

    @Test
    void boundaryScoresFollowTheMatrix() {
        assertThat(check(risk(Impact.CRITICAL, Likelihood.VERY_UNLIKELY, Rag.GREEN))).isEmpty();
        assertThat(check(risk(Impact.CRISIS, Likelihood.VERY_UNLIKELY, Rag.AMBER))).isEmpty();
        assertThat(check(risk(Impact.MODERATE, Likelihood.LIKELY, Rag.AMBER))).isEmpty();
        assertThat(check(risk(Impact.CRISIS, Likelihood.POSSIBLE, Rag.RED))).isEmpty();
        assertThat(check(risk(Impact.CRISIS, Likelihood.POSSIBLE, Rag.AMBER))).hasSize(1);
        assertThat(check(risk(Impact.CRITICAL, Likelihood.VERY_UNLIKELY, Rag.AMBER))).hasSize(1);
    }

    @Test
    void riskWithoutImpactOrLikelihoodIsLeftToRiskComplete() {
        assertThat(check(Plans.edit().risk(0, r -> new Risk(r.description(), null, r.likelihood(), Rag.RED, null,
                r.mitigation(), r.residualRag())).build())).isEmpty();
        assertThat(check(Plans.edit().risk(0, r -> new Risk(r.description(), r.impact(), null, null, null,
                r.mitigation(), r.residualRag())).build())).isEmpty();
    }

    private static PlanDocument risk(Impact impact, Likelihood likelihood, Rag rag) {
        return Plans.edit().risks(List.of(Plans.risk(impact, likelihood, rag))).build();
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
