package org.sendplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DocumentOrderTests {

    @Test
    void ordersPathsAsTheDocumentDoes() {
        List<String> inOrder = List.of("$", "$.header", "$.header.localAuthority", "$.header.integratedCareBoard",
                "$.header.sro.name", "$.header.sro.email", "$.signatories", "$.signatories[2]", "$.signatories[10]",
                "$.narratives.EXEC_SUMMARY", "$.narratives.Q1_VISION", "$.narratives.Q15_SUPPORT", "$.blueprint.rows",
                "$.blueprint.successMeasures", "$.roadmap", "$.roadmap[0].y2026_27", "$.roadmap[0].y2028_29",
                "$.roadmap[1].y2026_27", "$.deliveryPlan", "$.deliveryPlan[0].name", "$.deliveryPlan[0].lead",
                "$.deliveryPlan[0].quarters.Q2", "$.deliveryPlan[0].quarters.Q4", "$.funding.eahAllocation",
                "$.funding.spend", "$.funding.spend[2].category", "$.funding.spend[2].eahClass",
                "$.funding.spend[11].category", "$.funding.baselineServiceSpend[0]", "$.risks", "$.risks[2].rag",
                "$.risks[5]", "$.risks[10].rag", "$.governance", "$.governance[0].purpose", "$.governance[0].members",
                "$.coreRequirements[9]", "$.coreRequirements[40]", "$.attachments.Q4_MATURITY_ASSESSMENT",
                "$.attachments.Q13_DATA_RETURN");
        List<String> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(7));

        shuffled.sort(DocumentOrder::comparePaths);

        assertThat(shuffled).containsExactlyElementsOf(inOrder);
    }

    @Test
    void unknownFieldsComeAfterKnownOnesAlphabetically() {
        assertThat(DocumentOrder.comparePaths("$.risks", "$.zebra")).isNegative();
        assertThat(DocumentOrder.comparePaths("$.alpha", "$.zebra")).isNegative();
        assertThat(DocumentOrder.comparePaths("$.risks[1]", "$.risks[1]")).isZero();
    }
}
