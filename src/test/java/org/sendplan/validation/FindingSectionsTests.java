package org.sendplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.document.NarrativeKey;

class FindingSectionsTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            $.header.localAuthority,                 HEADER
            $.header.sro.organisationType,           HEADER
            $.signatories,                           HEADER
            $.signatories[3],                        HEADER
            $.narratives.EXEC_SUMMARY,               EXEC_SUMMARY
            $.narratives.Q1_VISION,                  Q1_VISION
            $.narratives.Q3_STRATEGY,                Q3_STRATEGY
            $.narratives.Q7_DELIVERY_CAPACITY,       Q7_CAPACITY
            $.narratives.Q8A_BLOCK_TRANSFER,         Q8_OTHER_FUNDING
            $.narratives.Q8B_CAPITAL,                Q8_OTHER_FUNDING
            $.narratives.Q9_ENGAGEMENT,              Q9_ENGAGEMENT
            $.narratives.Q11_DEPENDENCIES,           Q11_DEPENDENCIES
            $.narratives.Q12_MONITORING,             Q12_MONITORING
            $.narratives.Q15_SUPPORT,                Q15_SUPPORT
            $.blueprint.rows[2],                     Q2_BLUEPRINT
            $.blueprint.successMeasures,             Q2_BLUEPRINT
            $.attachments.Q4_MATURITY_ASSESSMENT,    Q4_MATURITY
            $.roadmap[6].y2027_28,                   Q5_ROADMAP
            $.deliveryPlan[1].quarters.Q3,           Q6_DELIVERY
            $.funding.spend[3].eahClass,             Q6_DELIVERY
            $.funding.eahAllocation,                 Q6_DELIVERY
            $.risks[5],                              Q10_RISKS
            $.attachments.Q13_DATA_RETURN,           Q13_DATA_RETURN
            $.governance,                            Q14_GOVERNANCE
            $.governance[0].members,                 Q14_GOVERNANCE
            $.attachments.Q14_GOVERNANCE_DIAGRAM,    Q14_GOVERNANCE
            $.coreRequirements[40],                  CORE_REQUIREMENTS
            """)
    void mapsPathsToTaskListSections(String path, PlanSection section) {
        assertThat(FindingSections.sectionOf(path)).contains(section);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "$", "$.planYear", "$.format", "$.narratives", "$.narratives.Q99", "$.attachments",
            "$.attachments.OTHER", "$.attachments[0]", "$.nonsense", "risks[1]", "$[0]" })
    void plansWideAndUnknownPathsHaveNoSection(String path) {
        assertThat(FindingSections.sectionOf(path)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(NarrativeKey.class)
    void everyNarrativeHasASection(NarrativeKey key) {
        assertThat(FindingSections.sectionOf("$.narratives." + key.name())).contains(FindingSections.sectionOf(key));
    }

    @Test
    void findingKnowsItsSection() {
        Finding finding = new Finding("RISK-COUNT", Severity.BLOCKING, "$.risks[5]", "Too many");

        assertThat(finding.section()).isEqualTo(Optional.of(PlanSection.Q10_RISKS));
    }
}
