package org.sendplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** "What changed since review": the reviewed version against the plan now, after edits made in review. */
@IntegrationTest
class ChangesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;
    String adviser;

    @BeforeEach
    void aPlanWithAVisionAndARiskSentForReview() throws Exception {
        tenant = fixtures.tenant("Changes");
        adviser = fixtures.adviser(tenant);
        saveVision("We will support children in local schools.");
        saveRisk("Not enough therapists to recruit.", "MODERATE", "Grow our own.");
        mvc.perform(post("/plans/{id}/review/request", tenant.planId()).with(signIn.as(tenant.sroEmail()))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void editsMadeInReviewShowAsInsertedAndDeletedWordsAndAChangedRiskRow() throws Exception {
        saveVision("We will support children and young people in local mainstream schools.");
        saveRisk("Not enough therapists to recruit.", "CRITICAL", "Grow our own and train assistants.");

        String page = changesPage(adviser);

        String vision = element(page, "diff-Q1_VISION", "p");
        assertThat(texts(vision, "ins")).containsExactly(
                "Start of added text: and young people End of added text.",
                "Start of added text: mainstream End of added text.");
        assertThat(vision).contains("<ins><span class=\"govuk-visually-hidden\">");
        assertThat(texts(vision, "del")).isEmpty();

        List<String> rows = texts(element(page, "table-changes-risks", "table"), "tr");
        assertThat(rows).containsExactly("Row Field At review Now",
                "Risk 1 Changed Impact removed: Moderate added: Critical",
                "Risk 1 Changed Mitigation removed: Grow our own. added: Grow our own and train assistants.");
        assertThat(element(page, "changes-Q3_STRATEGY", "section")).contains("No changes since the review.");
    }

    @Test
    void deletedWordsAndRemovedRowsAreShownToo() throws Exception {
        saveVision("We will support children.");
        mvc.perform(riskRequest().param("version", String.valueOf(sectionVersion("Q10_RISKS"))))
                .andExpect(status().is3xxRedirection());

        String page = changesPage(tenant.sroEmail());

        String vision = element(page, "diff-Q1_VISION", "p");
        assertThat(texts(vision, "del")).containsExactly("Start of removed text: children in local schools. End of removed text.");
        assertThat(texts(vision, "ins")).containsExactly("Start of added text: children. End of added text.");
        List<String> rows = texts(element(page, "table-changes-risks", "table"), "tr");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(row -> row.startsWith("Risk 1 Removed"));
        assertThat(rows).contains("Risk 1 Removed Description removed: Not enough therapists to recruit. Blank");
    }

    @Test
    void sectionsWithNoChangeSaySo() throws Exception {
        String page = changesPage(adviser);

        assertThat(element(page, "changed-count", "p")).contains("No section has changed since the review.");
        assertThat(element(page, "changes-Q10_RISKS", "section")).contains("No changes since the review.");
        assertThat(element(page, "changes-Q1_VISION", "section")).contains("No changes since the review.");
        assertThat(page).doesNotContain("<ins>").doesNotContain("<del>");
    }

    @Test
    void anAdviserOfAnotherPartnershipGets404() throws Exception {
        String stranger = fixtures.adviser(fixtures.tenant("Faraway"));

        mvc.perform(get("/plans/{id}/review/changes", tenant.planId()).with(signIn.as(stranger)))
                .andExpect(status().isNotFound());
    }

    /** The element with this id, up to its first closing tag of that name (the pages nest none of these). */
    private static String element(String html, String id, String tag) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #" + id).isNotNegative();
        int end = html.indexOf("</" + tag + ">", start);
        return html.substring(start, end);
    }

    /** The text of each element with this tag name, tags removed and spaces collapsed. */
    private static List<String> texts(String html, String tag) {
        Matcher matcher = Pattern.compile("<" + tag + "(?:\\s[^>]*)?>(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html);
        List<String> texts = new ArrayList<>();
        while (matcher.find()) {
            texts.add(HtmlUtils.htmlUnescape(matcher.group(1).replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip());
        }
        return texts;
    }

    private String changesPage(String email) throws Exception {
        return mvc.perform(get("/plans/{id}/review/changes", tenant.planId()).with(signIn.as(email)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void saveVision(String text) throws Exception {
        mvc.perform(post("/plans/{id}/sections/q1-vision", tenant.planId()).with(signIn.as(tenant.sroEmail()))
                .with(csrf()).param("version", String.valueOf(sectionVersion("Q1_VISION")))
                .param("narratives-Q1_VISION", text).param("action", "later"))
                .andExpect(status().is3xxRedirection());
    }

    private void saveRisk(String description, String impact, String mitigation) throws Exception {
        String p = "risks[0].";
        mvc.perform(riskRequest().param("version", String.valueOf(sectionVersion("Q10_RISKS")))
                .param(p + "description", description).param(p + "impact", impact)
                .param(p + "likelihood", "POSSIBLE").param(p + "rag", "MATRIX").param(p + "ragOverrideReason", "")
                .param(p + "mitigation", mitigation).param(p + "residualRag", "GREEN"))
                .andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder riskRequest() {
        return post("/plans/{id}/sections/q10-risks", tenant.planId()).with(signIn.as(tenant.sroEmail()))
                .with(csrf()).param("action", "later");
    }

    private long sectionVersion(String section) {
        return jdbc.sql("select coalesce(max(version), 0) from plan_section where plan_id = :planId and section = :section")
                .param("planId", tenant.planId()).param("section", section).query(Long.class).single();
    }
}
