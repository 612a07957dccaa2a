package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocumentParser;
import org.sendplan.plan.document.PlanDocumentWriter;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.sendplan.support.SqlStatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Every authoring page runs the same number of SQL statements for a plan of 1 row or of 50. */
@IntegrationTest
class SectionPagesQueryCountIntegrationTests {

    static final int ROWS = 50;
    static final int MAX_STATEMENTS_PER_PAGE = 40;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    PlanDocumentParser parser;

    @Autowired
    PlanDocumentWriter writer;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void sectionPagesAndCheckAnswersRunABoundedNumberOfStatements() throws Exception {
        PlanDocument complete = parser.parse(new ClassPathResource("plans/complete-plan.json").getContentAsByteArray());
        Tenant small = tenantWith(complete, 1);
        Tenant large = tenantWith(complete, ROWS);

        Map<String, Integer> smallCounts = countPages(small);
        Map<String, Integer> largeCounts = countPages(large);

        assertThat(largeCounts).isEqualTo(smallCounts);
        assertThat(Collections.max(largeCounts.values())).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
    }

    private Tenant tenantWith(PlanDocument complete, int rows) throws IOException {
        Tenant tenant = fixtures.tenant("Rows" + rows);
        PlanDocument document = complete
                .withDeliveryPlan(Collections.nCopies(rows, complete.deliveryPlan().get(0)))
                .withFunding(new PlanDocument.Funding(complete.funding().eahAllocation(),
                        Collections.nCopies(rows, complete.funding().spend().get(0)),
                        complete.funding().baselineServiceSpend()));
        writer.replace(tenant.planId(), document, tenant.sroId());
        return tenant;
    }

    private Map<String, Integer> countPages(Tenant tenant) throws Exception {
        List<String> paths = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            paths.add(PlanLinks.section(tenant.planId(), section));
        }
        paths.add("/plans/" + tenant.planId() + "/sections/q6-delivery/spend");
        paths.add("/plans/" + tenant.planId() + "/check-answers");
        paths.add("/plans/" + tenant.planId());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String path : paths) {
            RequestBuilder request = get(path).with(signIn.as(tenant.sroEmail()));
            statements.reset();
            mvc.perform(request).andExpect(status().isOk());
            counts.put(path.replace("/plans/" + tenant.planId(), ""), statements.count());
        }
        return counts;
    }
}
