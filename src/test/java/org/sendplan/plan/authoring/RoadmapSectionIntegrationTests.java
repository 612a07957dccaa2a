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
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
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
class RoadmapSectionIntegrationTests {

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
        tenant = fixtures.tenant("Roadmap");
    }

    /**
     * The page as a browser posts it for a complete roadmap: the four building blocks (rows 0 to 3),
     * an enabler (4), a success measure (5) and a leading indicator (6). changes: name, value pairs.
     */
    MockHttpServletRequestBuilder complete(long version, String completed, String action, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        BuildingBlock[] blocks = BuildingBlock.values();
        for (int i = 0; i < blocks.length; i++) {
            row(fields, i, RowKind.BUILDING_BLOCK, blocks[i].name(), null, "Block " + i);
        }
        row(fields, 4, RowKind.ENABLER, null, "Workforce", "Recruit");
        row(fields, 5, RowKind.SUCCESS_MEASURE, null, "EHCP requests per 10k", "62");
        row(fields, 6, RowKind.LEADING_INDICATOR, null, "Settings reached", "40%");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        return submit(fields, version, completed, action);
    }

    MockHttpServletRequestBuilder submit(Map<String, String> fields, long version, String completed, String action) {
        MockHttpServletRequestBuilder request = post("/plans/{id}/sections/q5-roadmap", tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", String.valueOf(version))
                .param("completed", completed)
                .param("action", action);
        fields.forEach(request::param);
        return request;
    }

    private static void row(Map<String, String> fields, int index, RowKind kind, String block, String name,
            String text) {
        String prefix = "rows[" + index + "].";
        fields.put(prefix + "kind", kind.name());
        if (block != null) {
            fields.put(prefix + "buildingBlock", block);
        }
        if (name != null) {
            fields.put(prefix + "name", name);
        }
        fields.put(prefix + "y2026_27", text + " in 2026/27");
        fields.put(prefix + "y2027_28", text + " in 2027/28");
        fields.put(prefix + "y2028_29", text + " in 2028/29");
    }

    @Test
    void taskListLinksToTheRoadmapPage() throws Exception {
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q5-roadmap")));
    }

    @Test
    void aNewRoadmapStartsWithOneRowPerBuildingBlock() throws Exception {
        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/sections/q5-roadmap", tenant.planId())
                .with(signIn.as(tenant.sroEmail()))).andExpect(status().isOk()));
        assertThat(page.text("roadmap-0")).startsWith("Strengthening inclusion across education settings");
        assertThat(page.text("roadmap-3")).startsWith("Encouraging inclusive culture and behaviours");
        assertThat(page.value("roadmap-2-y2026_27")).isEmpty();
        assertThat(page.attr("roadmap-2-y2026_27", "name")).isEqualTo("rows[2].y2026_27");
        assertThat(page.attr("roadmap-2-y2026_27", "rows")).isEqualTo("3");
        assertThat(page.text("roadmap-2-y2026_27-hint")).contains("core minimum requirements");
        assertThat(page.has("roadmap-2-y2028_29")).isTrue();
        assertThat(page.has("roadmap-0-name")).isFalse();
        assertThat(page.has("roadmap-4")).isFalse();
        assertThat(page.has("roadmap")).isTrue();
        assertThat(page.text("main-content")).contains("Annex A Q5", "Enablers", "Success measures",
                "Leading indicators", "You have not added any leading indicators.");
        // Building blocks cannot be removed; the other kinds can be added.
        assertThat(page.all(element -> element.elementNameMatches("button")
                && String.valueOf(TablesHtml.attr(element, "value")).startsWith("remove-"))).isEmpty();
        assertThat(page.button("add-enabler")).isNotNull();
        assertThat(TablesHtml.text(page.button("add-success-measure"))).isEqualTo("Add a success measure");
        assertThat(TablesHtml.text(page.button("add-leading-indicator"))).isEqualTo("Add a leading indicator");
        assertThat(page.linkText("/plans/" + tenant.planId() + "/attachments/Q5_ROADMAP_EVIDENCE"))
                .isEqualTo("Add a supporting file");
        assertThat(page.duplicateIds()).isEmpty();
        // Nothing is stored until the user saves.
        assertThat(reader.read(tenant.planId()).roadmap()).isEmpty();
    }

    @Test
    void aFullSaveRoundTripsAndCompletesTheSection() throws Exception {
        mvc.perform(complete(0, "yes", "later")).andExpect(redirectedUrl("/plans/" + tenant.planId()));

        List<RoadmapRow> roadmap = reader.read(tenant.planId()).roadmap();
        assertThat(roadmap).hasSize(7);
        assertThat(roadmap.get(0)).isEqualTo(new RoadmapRow(RowKind.BUILDING_BLOCK, BuildingBlock.INCLUSION_IN_SETTINGS,
                null, "Block 0 in 2026/27", "Block 0 in 2027/28", "Block 0 in 2028/29"));
        assertThat(roadmap.get(3).buildingBlock()).isEqualTo(BuildingBlock.INCLUSIVE_CULTURE);
        assertThat(roadmap.get(4)).isEqualTo(new RoadmapRow(RowKind.ENABLER, null, "Workforce", "Recruit in 2026/27",
                "Recruit in 2027/28", "Recruit in 2028/29"));
        assertThat(roadmap.get(5)).isEqualTo(new RoadmapRow(RowKind.SUCCESS_MEASURE, null, "EHCP requests per 10k",
                "62 in 2026/27", "62 in 2027/28", "62 in 2028/29"));
        assertThat(roadmap.get(6).kind()).isEqualTo(RowKind.LEADING_INDICATOR);
        assertThat(sectionStatus()).isEqualTo("COMPLETED");

        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/sections/q5-roadmap", tenant.planId())
                .with(signIn.as(tenant.sroEmail()))));
        assertThat(page.value("roadmap-1-y2027_28")).isEqualTo("Block 1 in 2027/28");
        assertThat(page.value("roadmap-4-name")).isEqualTo("Workforce");
        assertThat(page.text("roadmap-5")).startsWith("Success measure 1");
        assertThat(page.value("roadmap-6-y2028_29")).isEqualTo("40% in 2028/29");
        assertThat(page.byId("completed").hasAttribute("checked")).isTrue();
    }

    @Test
    void addingARowPutsItAtTheEndOfItsGroupKeepsEverythingTypedAndSavesNothing() throws Exception {
        TablesHtml page = TablesHtml.of(mvc.perform(complete(0, "yes", "add-enabler")).andExpect(status().isOk()));
        // The new enabler is row 5; the success measure and leading indicator move down with what was typed.
        assertThat(page.value("roadmap-4-name")).isEqualTo("Workforce");
        assertThat(page.text("roadmap-5")).startsWith("Enabler 2");
        assertThat(page.value("roadmap-5-name")).isNullOrEmpty();
        assertThat(page.value("roadmap-6-name")).isEqualTo("EHCP requests per 10k");
        assertThat(page.value("roadmap-6-y2026_27")).isEqualTo("62 in 2026/27");
        assertThat(page.attr("roadmap-6-y2026_27", "name")).isEqualTo("rows[6].y2026_27");
        assertThat(page.value("roadmap-7-name")).isEqualTo("Settings reached");
        assertThat(page.value("roadmap-0-y2026_27")).isEqualTo("Block 0 in 2026/27");
        assertThat(page.byId("completed").hasAttribute("checked")).isTrue();
        assertThat(TablesHtml.text(page.button("remove-row-5"))).isEqualTo("Remove enabler 2");
        // The next enabler would be row 6: the page comes back there.
        assertThat(TablesHtml.attr(page.button("add-enabler"), "formaction"))
                .isEqualTo("/plans/" + tenant.planId() + "/sections/q5-roadmap#roadmap-6");

        page = TablesHtml.of(mvc.perform(complete(0, "no", "add-leading-indicator")).andExpect(status().isOk()));
        assertThat(page.text("roadmap-7")).startsWith("Leading indicator 2");
        assertThat(page.value("roadmap-6-name")).isEqualTo("Settings reached");
        assertNothingSaved();
    }

    @Test
    void removingARowKeepsTheOthersAndSavesNothing() throws Exception {
        TablesHtml page = TablesHtml.of(mvc.perform(complete(0, "no", "remove-row-4")).andExpect(status().isOk()));
        assertThat(page.value("roadmap-4-name")).isEqualTo("EHCP requests per 10k");
        assertThat(page.value("roadmap-4-y2028_29")).isEqualTo("62 in 2028/29");
        assertThat(page.value("roadmap-5-name")).isEqualTo("Settings reached");
        assertThat(page.has("roadmap-6")).isFalse();
        assertThat(page.text("main-content")).contains("You have not added any enablers.");

        // A building block's only row stays.
        page = TablesHtml.of(mvc.perform(complete(0, "no", "remove-row-1")).andExpect(status().isOk()));
        assertThat(page.value("roadmap-1-y2026_27")).isEqualTo("Block 1 in 2026/27");
        assertThat(page.value("roadmap-4-name")).isEqualTo("Workforce");
        assertNothingSaved();
    }

    @Test
    void textTooLongToStoreIsShownNextToItsFieldAndEverythingElseIsKept() throws Exception {
        String huge = "y".repeat(SectionText.MAX_CHARACTERS + 1);
        TablesHtml page = TablesHtml.of(mvc.perform(complete(0, "yes", "continue",
                "rows[5].y2027_28", huge, "rows[4].name", "w".repeat(201))).andExpect(status().isOk()));
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.linkText("#roadmap-5-y2027_28"))
                .isEqualTo("Success measure 1: the entry for 2027/28 must be 100,000 characters or fewer");
        assertThat(page.linkText("#roadmap-4-name")).isEqualTo("Enabler 1: the name must be 200 characters or fewer");
        assertThat(page.text("roadmap-5-y2027_28-error")).contains("the entry for 2027/28 must be 100,000");
        assertThat(page.attr("roadmap-5-y2027_28", "aria-describedby")).isEqualTo("roadmap-5-y2027_28-error");
        assertThat(page.attr("roadmap-4-name", "class")).contains("govuk-input--error");
        assertThat(page.value("roadmap-5-y2027_28").equals(huge)).as("the long text is shown again").isTrue();
        assertThat(page.value("roadmap-5-y2026_27")).isEqualTo("62 in 2026/27");
        assertThat(page.value("roadmap-0-y2026_27")).isEqualTo("Block 0 in 2026/27");
        assertThat(page.value("roadmap-6-name")).isEqualTo("Settings reached");
        assertNothingSaved();
    }

    @Test
    void completingWithMissingAnswersSavesButIsRefusedWithTheRuleMessages() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        BuildingBlock[] blocks = BuildingBlock.values();
        for (int i = 0; i < blocks.length; i++) {
            row(fields, i, RowKind.BUILDING_BLOCK, blocks[i].name(), null, "Block " + i);
        }
        fields.put("rows[2].y2027_28", "");
        TablesHtml page = TablesHtml.of(mvc.perform(submit(fields, 0, "yes", "continue")).andExpect(status().isOk()));
        assertThat(page.text("main-content")).contains("this section is not complete yet");
        assertThat(page.linkText("#roadmap-2-y2027_28")).isEqualTo(
                "Roadmap row 3 (system leadership, partnership collaboration and co-production) says nothing for 2027/28");
        assertThat(page.all(element -> element.elementNameMatches("a")
                && "#roadmap".equals(TablesHtml.attr(element, "href"))).stream().map(TablesHtml::text))
                .containsExactly("The roadmap has no success measure row", "The roadmap has no leading indicator row");
        assertThat(page.text("roadmap-2-y2027_28-error")).contains("says nothing for 2027/28");
        assertThat(page.text("roadmap-error")).contains("no success measure row", "no leading indicator row");
        assertThat(page.has("roadmap")).isTrue();
        assertThat(page.value("roadmap-2-y2026_27")).isEqualTo("Block 2 in 2026/27");
        assertThat(page.duplicateIds()).isEmpty();

        assertThat(reader.read(tenant.planId()).roadmap()).hasSize(4)
                .element(2).extracting(RoadmapRow::y2027_28).isNull();
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void rowsLeftEmptyAreNotStoredButBuildingBlocksAlwaysAre() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        BuildingBlock[] blocks = BuildingBlock.values();
        for (int i = 0; i < blocks.length; i++) {
            fields.put("rows[" + i + "].kind", "BUILDING_BLOCK");
            fields.put("rows[" + i + "].buildingBlock", blocks[i].name());
        }
        fields.put("rows[4].kind", "ENABLER");
        fields.put("rows[4].name", " ");
        fields.put("rows[5].kind", "LEADING_INDICATOR");
        fields.put("rows[5].y2026_27", "10%");
        mvc.perform(submit(fields, 0, "no", "save")).andExpect(status().is3xxRedirection());
        List<RoadmapRow> roadmap = reader.read(tenant.planId()).roadmap();
        assertThat(roadmap).extracting(RoadmapRow::kind).containsExactly(RowKind.BUILDING_BLOCK,
                RowKind.BUILDING_BLOCK, RowKind.BUILDING_BLOCK, RowKind.BUILDING_BLOCK, RowKind.LEADING_INDICATOR);
        assertThat(roadmap.get(4).y2026_27()).isEqualTo("10%");
    }

    @Test
    void rowKindsAndBuildingBlocksComeOnlyFromThePage() throws Exception {
        // A row of an unknown kind is dropped; a missing building block row comes back; groups are kept in order.
        mvc.perform(complete(0, "no", "save", "rows[4].kind", "SOMETHING_ELSE", "rows[1].buildingBlock", "NOT_A_BLOCK",
                "rows[5].buildingBlock", "INCLUSION_IN_SETTINGS"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q5-roadmap"));
        List<RoadmapRow> roadmap = reader.read(tenant.planId()).roadmap();
        assertThat(roadmap).extracting(RoadmapRow::kind).containsExactly(RowKind.BUILDING_BLOCK,
                RowKind.BUILDING_BLOCK, RowKind.BUILDING_BLOCK, RowKind.BUILDING_BLOCK, RowKind.SUCCESS_MEASURE,
                RowKind.LEADING_INDICATOR);
        assertThat(roadmap).extracting(RoadmapRow::buildingBlock).containsExactly(BuildingBlock.INCLUSION_IN_SETTINGS,
                BuildingBlock.SPECIALIST_SUPPORT, BuildingBlock.LEADERSHIP_AND_COPRODUCTION,
                BuildingBlock.INCLUSIVE_CULTURE, null, null);
        assertThat(roadmap.get(1).y2026_27()).isNull();
    }

    @Test
    void anAbsurdRowIndexIsRefused() throws Exception {
        mvc.perform(complete(0, "no", "save", "rows[5000].kind", "ENABLER")).andExpect(status().isBadRequest());
        assertNothingSaved();
    }

    @Test
    void aStaleVersionShowsTheConflictAndOverwritesNothing() throws Exception {
        mvc.perform(complete(0, "no", "later", "rows[4].name", "Their enabler")).andExpect(status().is3xxRedirection());
        TablesHtml page = TablesHtml.of(mvc.perform(complete(0, "no", "later", "rows[4].name", "My enabler"))
                .andExpect(status().isOk()));
        assertThat(page.text("their-version")).contains("Their enabler");
        assertThat(page.value("roadmap-4-name")).isEqualTo("My enabler");
        assertThat(page.all(element -> "version".equals(TablesHtml.attr(element, "name"))))
                .singleElement().satisfies(input -> assertThat(TablesHtml.attr(input, "value")).isEqualTo("1"));
        assertThat(page.duplicateIds()).isEmpty();
        assertThat(reader.read(tenant.planId()).roadmap().get(4).name()).isEqualTo("Their enabler");
    }

    @Test
    void anotherPartnershipsSroGets404() throws Exception {
        Tenant other = fixtures.tenant("Elsewhere");
        mvc.perform(get("/plans/{id}/sections/q5-roadmap", tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/{id}/sections/q5-roadmap", tenant.planId()).with(signIn.as(other.sroEmail())).with(csrf())
                .param("version", "0").param("rows[0].kind", "ENABLER").param("action", "later"))
                .andExpect(status().isNotFound());
        assertNothingSaved();
    }

    @Test
    void aSignatoryReadsButCannotSave() throws Exception {
        mvc.perform(complete(0, "no", "later")).andExpect(status().is3xxRedirection());
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.ICB_PLACE_DIRECTOR);
        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/sections/q5-roadmap", tenant.planId())
                .with(signIn.as(signatory))).andExpect(status().isOk()));
        assertThat(page.all(element -> element.elementNameMatches("textarea"))).isEmpty();
        assertThat(page.text("main-content")).contains("Recruit in 2027/28");
        mvc.perform(post("/plans/{id}/sections/q5-roadmap", tenant.planId()).with(signIn.as(signatory)).with(csrf())
                .param("version", "1").param("rows[4].kind", "ENABLER").param("rows[4].name", "Changed")
                .param("action", "later"))
                .andExpect(status().isForbidden());
        assertThat(reader.read(tenant.planId()).roadmap().get(4).name()).isEqualTo("Workforce");
    }

    @Test
    void checkAnswersShowsATablePerKindWithChangeLinks() throws Exception {
        mvc.perform(complete(0, "no", "later")).andExpect(status().is3xxRedirection());
        String section = "/plans/" + tenant.planId() + "/sections/q5-roadmap";
        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/check-answers", tenant.planId())
                .with(signIn.as(tenant.sroEmail()))).andExpect(status().isOk()));
        assertThat(page.all(element -> element.elementNameMatches("caption")).stream().map(TablesHtml::text))
                .contains("Building blocks", "Enablers", "Success measures", "Leading indicators");
        assertThat(page.all(element -> element.elementNameMatches("th") && "row".equals(TablesHtml.attr(element, "scope")))
                .stream().map(TablesHtml::text))
                .contains("Access to specialist support and local placements", "Workforce", "EHCP requests per 10k",
                        "Settings reached");
        assertThat(page.text("main-content")).contains("Recruit in 2026/27", "40% in 2028/29");
        assertThat(page.linkText(section + "#roadmap-4")).isEqualTo("Change Workforce");
        assertThat(page.linkText(section + "#roadmap-6")).isEqualTo("Change Settings reached");
    }

    @Test
    void checkAnswersOfANewRoadmapListsTheBuildingBlocksAsNotAnswered() throws Exception {
        TablesHtml page = TablesHtml.of(mvc.perform(get("/plans/{id}/check-answers", tenant.planId())
                .with(signIn.as(tenant.sroEmail()))).andExpect(status().isOk()));
        assertThat(page.text("main-content")).contains("Encouraging inclusive culture and behaviours Not answered yet",
                "None yet", "Supporting file for the three-year roadmap No file uploaded yet");
    }

    private void assertNothingSaved() {
        assertThat(reader.read(tenant.planId()).roadmap()).isEmpty();
        assertThat(jdbc.sql("select count(*) from plan_section where plan_id = :id and section = 'Q5_ROADMAP'")
                .param("id", tenant.planId()).query(Long.class).single()).isZero();
    }

    private String sectionStatus() {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = 'Q5_ROADMAP'")
                .param("id", tenant.planId()).query(String.class).single();
    }
}
