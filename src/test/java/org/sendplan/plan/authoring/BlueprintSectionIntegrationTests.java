package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument.Blueprint;
import org.sendplan.plan.document.PlanDocument.BlueprintRow;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.plan.document.RowKind;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class BlueprintSectionIntegrationTests {

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
        tenant = fixtures.tenant("Blueprint");
    }

    /** A POST of the page as a browser sends it: every block filled in, one enabler and one measure. */
    MockHttpServletRequestBuilder complete(long version, String completed, String action, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            fields.put("rows[" + i + "].whereWeAre", "Now " + i);
            fields.put("rows[" + i + "].whereWeWillBe", "Later " + i);
        }
        fields.put("rows[4].name", "Workforce");
        fields.put("rows[4].whereWeAre", "Too few therapists");
        fields.put("rows[4].whereWeWillBe", "A stable team");
        fields.put("successMeasures[0].measure", "Attendance of pupils with SEN");
        fields.put("successMeasures[0].baseline", "88.1%");
        fields.put("successMeasures[0].target", "91%");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/plans/{id}/sections/q2-blueprint", tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", String.valueOf(version))
                .param("completed", completed)
                .param("action", action);
        fields.forEach(request::param);
        return request;
    }

    @Test
    void taskListLinksToTheBlueprintPage() throws Exception {
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q2-blueprint")));
    }

    @Test
    void aNewBlueprintShowsTheFourBuildingBlocksAndOneEmptyEnablerAndMeasure() throws Exception {
        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/sections/q2-blueprint", tenant.planId())
                .with(signIn.as(tenant.sroEmail()))).andExpect(status().isOk()));
        assertThat(page.text("blueprint-rows-0")).contains("Strengthening inclusion across education settings");
        assertThat(page.text("blueprint-rows-3")).contains("Encouraging inclusive culture and behaviours");
        assertThat(page.text("main-content")).contains("Annex A Q2");
        assertThat(page.attr("blueprint-rows-3-whereWeWillBe", "rows")).isEqualTo("3");
        assertThat(page.attr("blueprint-rows-4-name", "name")).isEqualTo("rows[4].name");
        assertThat(page.has("blueprint-rows-5-whereWeAre")).isFalse();
        assertThat(page.attr("blueprint-successMeasures-0-target", "name")).isEqualTo("successMeasures[0].target");
        assertThat(page.has("blueprint-rows")).isTrue();
        assertThat(page.has("blueprint-successMeasures")).isTrue();
        // One enabler and one measure: nothing to remove yet.
        assertThat(page.button("remove-enabler-4")).isNull();
        // The optional supporting file is added on the attachment page.
        assertThat(page.text("main-content")).contains("Supporting file for the three-year blueprint", "No file attached");
        assertThat(page.linkText("/plans/" + tenant.planId() + "/attachments/Q2_BLUEPRINT_EVIDENCE"))
                .isEqualTo("Add a supporting file");
        assertThat(page.duplicateIds()).isEmpty();
    }

    @Test
    void aFullSaveRoundTripsAndCompletesTheSection() throws Exception {
        mvc.perform(complete(0, "yes", "later")).andExpect(redirectedUrl("/plans/" + tenant.planId()));

        Blueprint blueprint = reader.read(tenant.planId()).blueprint();
        assertThat(blueprint.rows()).containsExactly(
                new BlueprintRow(RowKind.BUILDING_BLOCK, BuildingBlock.INCLUSION_IN_SETTINGS, null, "Now 0", "Later 0"),
                new BlueprintRow(RowKind.BUILDING_BLOCK, BuildingBlock.SPECIALIST_SUPPORT, null, "Now 1", "Later 1"),
                new BlueprintRow(RowKind.BUILDING_BLOCK, BuildingBlock.LEADERSHIP_AND_COPRODUCTION, null, "Now 2",
                        "Later 2"),
                new BlueprintRow(RowKind.BUILDING_BLOCK, BuildingBlock.INCLUSIVE_CULTURE, null, "Now 3", "Later 3"),
                new BlueprintRow(RowKind.ENABLER, null, "Workforce", "Too few therapists", "A stable team"));
        assertThat(blueprint.successMeasures())
                .containsExactly(new SuccessMeasure("Attendance of pupils with SEN", "88.1%", "91%"));
        assertThat(sectionStatus()).isEqualTo("COMPLETED");

        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/sections/q2-blueprint", tenant.planId())
                .with(signIn.as(tenant.sroEmail()))));
        assertThat(page.value("blueprint-rows-2-whereWeAre")).isEqualTo("Now 2");
        assertThat(page.value("blueprint-rows-4-name")).isEqualTo("Workforce");
        assertThat(page.value("blueprint-successMeasures-0-baseline")).isEqualTo("88.1%");
        assertThat(page.byId("completed").hasAttribute("checked")).isTrue();
    }

    @Test
    void lineBreaksAreStoredAsTyped() throws Exception {
        mvc.perform(complete(0, "no", "later", "rows[0].whereWeAre", "First line\r\nSecond line"))
                .andExpect(status().is3xxRedirection());
        assertThat(reader.read(tenant.planId()).blueprint().rows().get(0).whereWeAre())
                .isEqualTo("First line\nSecond line");
    }

    @Test
    void saveAndContinueGoesToQ3AndEnterSavesOnThisPage() throws Exception {
        mvc.perform(complete(0, "no", "continue"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q3-strategy"));
        mvc.perform(complete(1, "no", "save"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q2-blueprint"));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void addingAnEnablerKeepsEverythingTypedAndSavesNothing() throws Exception {
        TablesHtml page = TablesHtml.of(mvc.perform(complete(0, "yes", "add-enabler")).andExpect(status().isOk()));
        assertThat(page.value("blueprint-rows-1-whereWeAre")).isEqualTo("Now 1");
        assertThat(page.value("blueprint-rows-4-name")).isEqualTo("Workforce");
        assertThat(page.value("blueprint-rows-5-name")).isNullOrEmpty();
        assertThat(page.attr("blueprint-rows-5-name", "name")).isEqualTo("rows[5].name");
        assertThat(page.text("blueprint-rows-5")).startsWith("Enabler 2");
        assertThat(TablesHtml.text(page.button("remove-enabler-5"))).isEqualTo("Remove enabler 2");
        assertThat(TablesHtml.text(page.button("remove-enabler-4"))).isEqualTo("Remove enabler 1");
        assertThat(page.value("blueprint-successMeasures-0-measure")).isEqualTo("Attendance of pupils with SEN");
        assertThat(page.byId("completed").hasAttribute("checked")).isTrue();
        assertThat(page.title()).doesNotStartWith("Error:");
        // The page comes back at the new row.
        assertThat(TablesHtml.attr(page.button("add-enabler"), "formaction"))
                .isEqualTo("/plans/" + tenant.planId() + "/sections/q2-blueprint#blueprint-rows-6");
        assertNothingSaved();
    }

    @Test
    void removingAnEnablerOrMeasureKeepsTheOthersAndSavesNothing() throws Exception {
        TablesHtml page = TablesHtml.of(mvc.perform(complete(0, "no", "remove-enabler-4",
                "rows[5].name", "Capital", "rows[5].whereWeAre", "Old buildings",
                "successMeasures[1].measure", "NEET at 16", "successMeasures[1].baseline", "6%"))
                .andExpect(status().isOk()));
        assertThat(page.value("blueprint-rows-4-name")).isEqualTo("Capital");
        assertThat(page.value("blueprint-rows-4-whereWeAre")).isEqualTo("Old buildings");
        assertThat(page.has("blueprint-rows-5-name")).isFalse();
        assertThat(page.value("blueprint-successMeasures-1-measure")).isEqualTo("NEET at 16");
        assertThat(page.value("blueprint-rows-0-whereWeAre")).isEqualTo("Now 0");

        page = TablesHtml.of(mvc.perform(complete(0, "no", "remove-measure-0",
                "successMeasures[1].measure", "NEET at 16", "successMeasures[1].baseline", "6%"))
                .andExpect(status().isOk()));
        assertThat(page.value("blueprint-successMeasures-0-measure")).isEqualTo("NEET at 16");
        assertThat(page.value("blueprint-successMeasures-0-baseline")).isEqualTo("6%");
        assertThat(page.has("blueprint-successMeasures-1-measure")).isFalse();
        assertThat(page.value("blueprint-rows-4-name")).isEqualTo("Workforce");
        assertNothingSaved();
    }

    @Test
    void textTooLongToStoreIsShownNextToItsFieldAndEverythingElseIsKept() throws Exception {
        String huge = "x".repeat(SectionText.MAX_CHARACTERS + 1);
        TablesHtml page = TablesHtml.of(mvc.perform(complete(0, "yes", "continue",
                "rows[1].whereWeAre", huge, "rows[5].name", "n".repeat(201)))
                .andExpect(status().isOk()));
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.linkText("#blueprint-rows-1-whereWeAre")).isEqualTo(
                "Access to specialist support and local placements: where we are now must be 100,000 characters or fewer");
        assertThat(page.linkText("#blueprint-rows-5-name")).isEqualTo("Enabler 2: the name must be 200 characters or fewer");
        assertThat(page.text("blueprint-rows-1-whereWeAre-error")).isEqualTo(
                "Error: Access to specialist support and local placements: where we are now must be 100,000 characters or fewer");
        assertThat(page.attr("blueprint-rows-1-whereWeAre", "aria-describedby")).isEqualTo("blueprint-rows-1-whereWeAre-error");
        assertThat(page.attr("blueprint-rows-1-whereWeAre", "class")).contains("govuk-textarea--error");
        assertThat(page.value("blueprint-rows-1-whereWeAre").equals(huge)).as("the long text is shown again").isTrue();
        assertThat(page.value("blueprint-rows-5-name")).isEqualTo("n".repeat(201));
        assertThat(page.value("blueprint-rows-0-whereWeAre")).isEqualTo("Now 0");
        assertThat(page.value("blueprint-rows-4-name")).isEqualTo("Workforce");
        assertThat(page.value("blueprint-successMeasures-0-target")).isEqualTo("91%");
        assertThat(page.byId("completed").hasAttribute("checked")).isTrue();
        assertNothingSaved();
    }

    @Test
    void completingWithMissingAnswersSavesButIsRefusedWithTheRuleMessages() throws Exception {
        TablesHtml page = TablesHtml.of(mvc.perform(post("/plans/{id}/sections/q2-blueprint", tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", "0").param("completed", "yes").param("action", "continue")
                .param("rows[0].whereWeAre", "Now").param("rows[0].whereWeWillBe", "Later")
                .param("rows[1].whereWeAre", "Only half")
                .param("rows[4].name", "").param("rows[4].whereWeAre", "").param("rows[4].whereWeWillBe", "")
                .param("successMeasures[0].measure", "Attendance").param("successMeasures[0].baseline", "88%"))
                .andExpect(status().isOk()));
        assertThat(page.text("main-content")).contains("this section is not complete yet");
        assertThat(page.linkText("#blueprint-rows-1"))
                .contains("access to specialist support and local placements needs both");
        assertThat(page.linkText("#blueprint-rows-3")).contains("encouraging inclusive culture and behaviours");
        assertThat(page.linkText("#blueprint-rows")).contains("no complete enabler row");
        assertThat(page.linkText("#blueprint-successMeasures"))
                .contains("no success measure with both a baseline and a target");
        // Each message is also next to what it is about, and every link has a target on the page.
        assertThat(page.text("blueprint-rows-1-error")).contains("needs both");
        assertThat(page.attr("blueprint-rows-1", "aria-describedby")).contains("blueprint-rows-1-error");
        assertThat(page.text("blueprint-rows-error")).contains("no complete enabler row");
        assertThat(page.text("blueprint-successMeasures-error")).contains("baseline and a target");
        assertThat(page.has("blueprint-rows")).isTrue();
        assertThat(page.has("blueprint-successMeasures")).isTrue();
        assertThat(page.value("blueprint-rows-1-whereWeAre")).isEqualTo("Only half");
        assertThat(page.value("blueprint-successMeasures-0-baseline")).isEqualTo("88%");
        assertThat(page.has("blueprint-rows-4-name")).isTrue();
        assertThat(page.all(element -> "version".equals(TablesHtml.attr(element, "name"))))
                .singleElement().satisfies(input -> assertThat(TablesHtml.attr(input, "value")).isEqualTo("1"));
        assertThat(page.duplicateIds()).isEmpty();

        Blueprint saved = reader.read(tenant.planId()).blueprint();
        assertThat(saved.rows()).hasSize(4);
        assertThat(saved.rows().get(1).whereWeAre()).isEqualTo("Only half");
        assertThat(saved.successMeasures()).containsExactly(new SuccessMeasure("Attendance", "88%", null));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void emptyEnablerAndMeasureRowsAreNotStored() throws Exception {
        mvc.perform(complete(0, "no", "later", "rows[5].name", " ", "rows[5].whereWeAre", "",
                "successMeasures[1].measure", "", "successMeasures[1].target", "\r\n"))
                .andExpect(status().is3xxRedirection());
        Blueprint blueprint = reader.read(tenant.planId()).blueprint();
        assertThat(blueprint.rows()).hasSize(5);
        assertThat(blueprint.successMeasures()).hasSize(1);
    }

    @Test
    void anAbsurdRowIndexIsRefused() throws Exception {
        mvc.perform(complete(0, "no", "save", "successMeasures[5000].measure", "x")).andExpect(status().isBadRequest());
        assertNothingSaved();
    }

    @Test
    void aStaleVersionShowsTheConflictAndOverwritesNothing() throws Exception {
        mvc.perform(complete(0, "no", "later", "rows[4].name", "Their enabler"))
                .andExpect(status().is3xxRedirection());
        TablesHtml page = TablesHtml.of(mvc.perform(complete(0, "no", "later", "rows[4].name", "My enabler"))
                .andExpect(status().isOk()));
        assertThat(page.text("their-version")).contains("Their enabler");
        assertThat(page.value("blueprint-rows-4-name")).isEqualTo("My enabler");
        assertThat(page.all(element -> "version".equals(TablesHtml.attr(element, "name"))))
                .singleElement().satisfies(input -> assertThat(TablesHtml.attr(input, "value")).isEqualTo("1"));
        assertThat(page.duplicateIds()).isEmpty();
        assertThat(reader.read(tenant.planId()).blueprint().rows().get(4).name()).isEqualTo("Their enabler");
    }

    @Test
    void anotherPartnershipsSroGets404() throws Exception {
        Tenant other = fixtures.tenant("Elsewhere");
        mvc.perform(get("/plans/{id}/sections/q2-blueprint", tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/{id}/sections/q2-blueprint", tenant.planId()).with(signIn.as(other.sroEmail()))
                .with(csrf()).param("version", "0").param("rows[0].whereWeAre", "x").param("action", "later"))
                .andExpect(status().isNotFound());
        assertNothingSaved();
    }

    @Test
    void aSignatoryReadsButCannotSave() throws Exception {
        mvc.perform(complete(0, "no", "later")).andExpect(status().is3xxRedirection());
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/sections/q2-blueprint", tenant.planId())
                .with(signIn.as(signatory))).andExpect(status().isOk()));
        assertThat(page.all(element -> element.elementNameMatches("textarea"))).isEmpty();
        assertThat(page.text("main-content")).contains("Too few therapists");
        mvc.perform(post("/plans/{id}/sections/q2-blueprint", tenant.planId()).with(signIn.as(signatory)).with(csrf())
                .param("version", "1").param("rows[4].name", "Changed").param("action", "later"))
                .andExpect(status().isForbidden());
        assertThat(reader.read(tenant.planId()).blueprint().rows().get(4).name()).isEqualTo("Workforce");
    }

    @Test
    void checkAnswersShowsTheBlueprintTablesWithChangeLinks() throws Exception {
        mvc.perform(complete(0, "no", "later")).andExpect(status().is3xxRedirection());
        String section = "/plans/" + tenant.planId() + "/sections/q2-blueprint";
        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/check-answers", tenant.planId())
                .with(signIn.as(tenant.sroEmail()))).andExpect(status().isOk()));
        assertThat(page.all(element -> element.elementNameMatches("caption")).stream().map(TablesHtml::text))
                .contains("Building blocks and enablers", "Success measures");
        assertThat(page.all(element -> element.elementNameMatches("th") && "row".equals(TablesHtml.attr(element, "scope")))
                .stream().map(TablesHtml::text))
                .contains("Strengthening inclusion across education settings", "Enabler: Workforce");
        assertThat(page.text("main-content")).contains("Too few therapists", "88.1%");
        assertThat(page.linkText(section + "#blueprint-rows-4")).isEqualTo("Change Enabler: Workforce");
        assertThat(page.linkText(section + "#blueprint-successMeasures-0")).isEqualTo("Change Success measure 1");
    }

    @Test
    void checkAnswersOfAnEmptyBlueprintSaysNotAnswered() throws Exception {
        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/check-answers", tenant.planId())
                .with(signIn.as(tenant.sroEmail()))).andExpect(status().isOk()));
        assertThat(page.text("answers-q2-blueprint")).contains("Three-year blueprint");
        assertThat(page.text("main-content")).contains("Not answered yet", "No success measures yet",
                "Supporting file for the three-year blueprint No file uploaded yet");
    }

    private void assertNothingSaved() {
        assertThat(reader.read(tenant.planId()).blueprint()).isEqualTo(new Blueprint(List.of(), List.of()));
        assertThat(jdbc.sql("select count(*) from plan_section where plan_id = :id and section = 'Q2_BLUEPRINT'")
                .param("id", tenant.planId()).query(Long.class).single()).isZero();
    }

    private String sectionStatus() {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = 'Q2_BLUEPRINT'")
                .param("id", tenant.planId()).query(String.class).single();
    }
}
