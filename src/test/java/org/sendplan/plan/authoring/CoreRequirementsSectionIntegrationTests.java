package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.CoreRequirementId;
import org.sendplan.plan.document.CoreRequirementSection;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CoreRequirementsSectionIntegrationTests {

    static final int COUNT = CoreRequirementId.values().length;
    static final int SUF_2 = CoreRequirementId.SUF_2.ordinal();
    static final int EAH_4 = CoreRequirementId.EAH_4.ordinal();
    static final int MED_2 = CoreRequirementId.MED_2.ordinal();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    PlanDocumentReader reader;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = fixtures.tenant("Requirements");
    }

    /** What the browser sends: for every requirement, the ticked sections and the evidence textarea. */
    record Typed(List<List<String>> sections, List<String> evidence) {

        static Typed allMapped() {
            List<List<String>> sections = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            for (CoreRequirementId id : CoreRequirementId.values()) {
                sections.add(id.ordinal() % 2 == 0 ? List.of("Q5", "Q6") : List.of("EXEC_SUMMARY", "ATTACHMENT"));
                evidence.add("Evidence for " + id.code() + ", see the roadmap.");
            }
            return new Typed(sections, evidence);
        }

        Typed with(int index, List<String> newSections, String newEvidence) {
            List<List<String>> sections = new ArrayList<>(this.sections);
            List<String> evidence = new ArrayList<>(this.evidence);
            sections.set(index, newSections);
            evidence.set(index, newEvidence);
            return new Typed(sections, evidence);
        }
    }

    MockHttpServletRequestBuilder save(Typed typed, long version, String completed, String action) {
        MockHttpServletRequestBuilder request = post("/plans/{id}/sections/core-requirements", tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", String.valueOf(version))
                .param("completed", completed)
                .param("action", action);
        for (int i = 0; i < COUNT; i++) {
            for (String section : typed.sections().get(i)) {
                request.param("coreRequirements[" + i + "].sections", section);
            }
            request.param("coreRequirements[" + i + "].evidence", typed.evidence().get(i));
        }
        return request;
    }

    @Test
    void taskListLinksToTheRequirementsPage() throws Exception {
        String page = page(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail()))).html();
        assertThat(page).contains("/plans/" + tenant.planId() + "/sections/core-requirements");
    }

    @Test
    void showsAllFortyOneRequirementsInGroupsWithLinksToEachGroup() throws Exception {
        PageHtml page = page(get("/plans/{id}/sections/core-requirements", tenant.planId())
                .with(signIn.as(tenant.sroEmail())));
        for (String group : List.of("EAH", "SUF", "UNI", "EY", "P16", "PART", "COP", "MED")) {
            assertThat(page.tags("a", "href", "#group-" + group)).hasSize(1);
            assertThat(page.byId("group-" + group)).isPresent();
        }
        assertThat(page.text("group-EAH")).isEqualTo("Experts at Hand offer 0 of 11 mapped");
        assertThat(page.text("group-MED")).isEqualTo("Mediation 0 of 2 mapped");
        for (int i = 0; i < COUNT; i++) {
            String prefix = "coreRequirements-" + i;
            assertThat(page.byId(prefix)).as(prefix).isPresent();
            assertThat(page.get(prefix + "-sections").attr("value")).isEqualTo("EXEC_SUMMARY");
            assertThat(page.get(prefix + "-sections-Q6").attr("name")).isEqualTo("coreRequirements[" + i + "].sections");
            assertThat(page.get(prefix + "-evidence").name()).isEqualTo("textarea");
            assertThat(page.text(prefix + "-summary")).isNotBlank();
        }
        assertThat(page.tags("input", "type", "checkbox")).hasSize(COUNT * CoreRequirementSection.values().length);
        assertThat(page.tags("div", "class", "govuk-checkboxes govuk-checkboxes--small")).hasSize(COUNT * 3);
        assertThat(page.html()).contains("Q6 First-year delivery plan").contains("An attached document");
        assertThat(page.text("coreRequirements-0")).startsWith("EAH-1 Not mapped Say who delivers");
        assertThat(page.text("coreRequirements-" + MED_2)).startsWith("MED-2 Not mapped");
    }

    @Test
    void aFullSaveRoundTripsAndMarksTheSectionCompleted() throws Exception {
        mvc.perform(save(Typed.allMapped(), 0, "yes", "continue"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/check-answers"));

        List<CoreRequirement> stored = reader.read(tenant.planId()).coreRequirements();
        assertThat(stored).hasSize(COUNT);
        assertThat(stored.get(0)).isEqualTo(new CoreRequirement(CoreRequirementId.EAH_1,
                List.of(CoreRequirementSection.Q5, CoreRequirementSection.Q6), "Evidence for EAH-1, see the roadmap."));
        assertThat(stored.get(1)).isEqualTo(new CoreRequirement(CoreRequirementId.EAH_2,
                List.of(CoreRequirementSection.EXEC_SUMMARY, CoreRequirementSection.ATTACHMENT),
                "Evidence for EAH-2, see the roadmap."));
        assertThat(sectionStatus()).isEqualTo("COMPLETED");

        PageHtml page = page(get("/plans/{id}/sections/core-requirements", tenant.planId())
                .with(signIn.as(tenant.sroEmail())));
        assertThat(page.checked("coreRequirements-0-sections-Q5")).isTrue();
        assertThat(page.checked("coreRequirements-0-sections")).isFalse();
        assertThat(page.checked("coreRequirements-1-sections")).isTrue();
        assertThat(page.checked("coreRequirements-" + MED_2 + "-sections-Q6")).isTrue();
        assertThat(page.textarea("coreRequirements-" + MED_2 + "-evidence")).isEqualTo("Evidence for MED-2, see the roadmap.");
        assertThat(page.text("group-EAH")).endsWith("11 of 11 mapped");
        assertThat(page.checked("completed")).isTrue();
    }

    @Test
    void completingWithUnmappedRequirementsIsRefusedWithOneMessageEach() throws Exception {
        Typed typed = Typed.allMapped().with(SUF_2, List.of(), "").with(EAH_4, List.of("Q6"), "");
        PageHtml page = page(save(typed, 0, "yes", "continue"));
        assertThat(page.html()).contains("this section is not complete yet");
        assertThat(page.tags("a", "href", null).stream().filter(a -> a.attr("href").startsWith("#coreRequirements-")))
                .hasSize(2);
        assertThat(page.linkText("#coreRequirements-" + SUF_2)).contains("SUF-2 is not mapped");
        assertThat(page.linkText("#coreRequirements-" + EAH_4)).contains("EAH-4").contains("no evidence");
        assertThat(page.text("coreRequirements-" + SUF_2 + "-error")).contains("SUF-2 is not mapped");
        assertThat(page.get("coreRequirements-" + SUF_2).attr("class")).contains("govuk-form-group--error");
        assertThat(page.get("coreRequirements-" + SUF_2 + "-evidence").attr("aria-describedby"))
                .contains("coreRequirements-" + SUF_2 + "-error");
        assertThat(page.checked("coreRequirements-" + EAH_4 + "-sections-Q6")).isTrue();
        assertThat(page.html()).contains("Needs an explanation");

        List<CoreRequirement> stored = reader.read(tenant.planId()).coreRequirements();
        assertThat(stored.get(SUF_2).hasContent()).isFalse();
        assertThat(stored.get(EAH_4).sections()).containsExactly(CoreRequirementSection.Q6);
        assertThat(stored.get(0).evidence()).isEqualTo("Evidence for EAH-1, see the roadmap.");
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anUnknownSectionIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        Typed typed = Typed.allMapped().with(EAH_4, List.of("Q6", "Q99"), "Typed\r\nover two lines");
        PageHtml page = page(save(typed, 0, "no", "later"));
        assertThat(page.title()).startsWith("Error:");
        String fieldId = "coreRequirements-" + EAH_4 + "-sections";
        assertThat(page.linkText("#" + fieldId)).isEqualTo("Select where the plan shows EAH-4 from the options listed");
        assertThat(page.text(fieldId + "-error")).contains("Select where the plan shows EAH-4");
        assertThat(page.checked(fieldId + "-Q6")).isTrue();
        assertThat(page.textarea("coreRequirements-" + EAH_4 + "-evidence")).isEqualTo("Typed\r\nover two lines");
        assertThat(page.textarea("coreRequirements-" + MED_2 + "-evidence")).isEqualTo("Evidence for MED-2, see the roadmap.");
        assertThat(page.checked("coreRequirements-1-sections")).isTrue();
        assertNothingSaved();
    }

    @Test
    void overlongEvidenceIsRefused() throws Exception {
        Typed typed = Typed.allMapped().with(0, List.of("Q1"), "x".repeat(100_001));
        PageHtml page = page(save(typed, 0, "no", "later"));
        assertThat(page.text("coreRequirements-0-evidence-error")).contains("EAH-1 is too long to save");
        assertThat(page.get("coreRequirements-0-evidence").attr("class")).contains("govuk-textarea--error");
        assertNothingSaved();
    }

    @Test
    void evidenceIsStoredWithUnixLineEndings() throws Exception {
        Typed typed = Typed.allMapped().with(0, List.of("Q1"), "Line one\r\nLine two");
        mvc.perform(save(typed, 0, "no", "save"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/core-requirements"));
        assertThat(reader.read(tenant.planId()).coreRequirements().get(0).evidence()).isEqualTo("Line one\nLine two");
    }

    @Test
    void aStaleVersionShowsTheConflictAndOverwritesNothing() throws Exception {
        mvc.perform(save(Typed.allMapped(), 0, "no", "later")).andExpect(status().is3xxRedirection());
        Typed mine = Typed.allMapped().with(0, List.of("Q9"), "My own evidence");
        PageHtml page = page(save(mine, 0, "no", "later"));
        assertThat(page.byId("their-version")).isPresent();
        assertThat(page.html()).contains("Evidence for EAH-1, see the roadmap.");
        assertThat(page.textarea("coreRequirements-0-evidence")).isEqualTo("My own evidence");
        assertThat(reader.read(tenant.planId()).coreRequirements().get(0).evidence())
                .isEqualTo("Evidence for EAH-1, see the roadmap.");
        mvc.perform(save(mine, 1, "no", "later")).andExpect(status().is3xxRedirection());
        assertThat(reader.read(tenant.planId()).coreRequirements().get(0).evidence()).isEqualTo("My own evidence");
    }

    @Test
    void anotherPartnershipsSroGets404() throws Exception {
        Tenant other = fixtures.tenant("Other");
        mvc.perform(get("/plans/{id}/sections/core-requirements", tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/{id}/sections/core-requirements", tenant.planId()).with(signIn.as(other.sroEmail()))
                .with(csrf()).param("version", "0").param("action", "later")
                .param("coreRequirements[0].sections", "Q1").param("coreRequirements[0].evidence", "x"))
                .andExpect(status().isNotFound());
        assertNothingSaved();
    }

    @Test
    void aSignatoryReadsTheRequirementsButGets403OnSave() throws Exception {
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_S151_OFFICER);
        PageHtml page = page(get("/plans/{id}/sections/core-requirements", tenant.planId()).with(signIn.as(signatory)));
        assertThat(page.tags("textarea", "name", null)).isEmpty();
        assertThat(page.html()).contains("EAH-1");
        mvc.perform(post("/plans/{id}/sections/core-requirements", tenant.planId()).with(signIn.as(signatory))
                .with(csrf()).param("version", "0").param("action", "later")
                .param("coreRequirements[0].sections", "Q1").param("coreRequirements[0].evidence", "x"))
                .andExpect(status().isForbidden());
        assertNothingSaved();
    }

    @Test
    void checkAnswersShowsACompactTablePerGroup() throws Exception {
        mvc.perform(save(Typed.allMapped().with(SUF_2, List.of(), ""), 0, "no", "later"))
                .andExpect(status().is3xxRedirection());
        PageHtml page = page(get("/plans/{id}/check-answers", tenant.planId()).with(signIn.as(tenant.sroEmail())));
        assertThat(page.html()).contains("Experts at Hand offer</caption>").contains("Mediation</caption>")
                .contains(">EAH-1</th>").contains("Q6 First-year delivery plan</li>")
                .contains("Evidence for MED-2, see the roadmap.").contains("Not given yet");
        assertThat(page.tags("a", "href",
                "/plans/" + tenant.planId() + "/sections/core-requirements#coreRequirements-" + MED_2)).hasSize(1);
    }

    private PageHtml page(MockHttpServletRequestBuilder request) throws Exception {
        return PageHtml.of(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private void assertNothingSaved() {
        PlanDocument document = reader.read(tenant.planId());
        assertThat(document.coreRequirements()).noneMatch(CoreRequirement::hasContent);
        assertThat(jdbc.sql("select count(*) from plan_section where plan_id = :id and section = 'CORE_REQUIREMENTS'"
                + " and version > 0").param("id", tenant.planId()).query(Long.class).single()).isZero();
    }

    private String sectionStatus() {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = 'CORE_REQUIREMENTS'")
                .param("id", tenant.planId()).query(String.class).single();
    }
}
