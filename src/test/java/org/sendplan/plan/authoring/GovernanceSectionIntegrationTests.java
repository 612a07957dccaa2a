package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.GovernanceKind;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
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
class GovernanceSectionIntegrationTests {

    static final String PAGE = "/plans/{id}/sections/q14-governance";

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
        tenant = fixtures.tenant("Governance");
    }

    MockHttpServletRequestBuilder postGovernance(long version, String action, String completed) {
        MockHttpServletRequestBuilder request = post(PAGE, tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", String.valueOf(version))
                .param("action", action);
        return completed == null ? request : request.param("completed", completed);
    }

    static MockHttpServletRequestBuilder row(MockHttpServletRequestBuilder request, int index, String mechanism,
            String kind, String purpose, String cadence, String decisionRights, String escalationRoute,
            String includesSro) {
        String p = "governance[" + index + "].";
        request.param(p + "mechanism", mechanism).param(p + "purpose", purpose).param(p + "cadence", cadence)
                .param(p + "decisionRights", decisionRights).param(p + "escalationRoute", escalationRoute);
        if (kind != null) {
            request.param(p + "kind", kind);
        }
        if (includesSro != null) {
            request.param(p + "includesSro", includesSro);
        }
        return request;
    }

    static MockHttpServletRequestBuilder member(MockHttpServletRequestBuilder request, int row, int index, String name,
            String organisationType, boolean chair) {
        String p = "governance[" + row + "].members[" + index + "].";
        request.param(p + "name", name).param(p + "organisationType", organisationType);
        if (chair) {
            request.param(p + "chair", "true");
        }
        return request;
    }

    /** A board with the LA chairing, health and the parent carer forum, where the SRO sits. */
    static MockHttpServletRequestBuilder board(MockHttpServletRequestBuilder request, String includesSro) {
        row(request, 0, "SEND Partnership Board", "GROUP", "Owns the plan.", "Monthly", "Approves spending.",
                "Health and Wellbeing Board", includesSro);
        member(request, 0, 0, "Director of Children's Services", "LA", true);
        member(request, 0, 1, "ICB Director of Place", "ICB", false);
        member(request, 0, 2, "Forum co-chair", "PCF", false);
        return request;
    }

    @Test
    void taskListLinksToTheGovernancePage() throws Exception {
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q14-governance")));
    }

    @Test
    void emptyPlanShowsOneBlankRowWithAMemberAndEveryFieldId() throws Exception {
        var page = mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String id : List.of("governance", "governance-0", "governance-0-mechanism", "governance-0-kind",
                "governance-0-purpose", "governance-0-members", "governance-0-members-0",
                "governance-0-members-0-name", "governance-0-members-0-organisationType",
                "governance-0-members-0-chair", "governance-0-cadence", "governance-0-decisionRights",
                "governance-0-escalationRoute", "governance-0-includesSro")) {
            assertThat(page).contains("id=\"" + id + "\"");
        }
        assertThat(page).doesNotContain("id=\"governance-1\"");
    }

    @Test
    void aFullSaveRoundTrips() throws Exception {
        var request = board(postGovernance(0, "save", "no"), "yes");
        row(request, 1, "SEND Reform Programme Director", "INDIVIDUAL", "Runs the programme.", "Weekly",
                "Day-to-day delivery.", "SEND Partnership Board", "no");
        member(request, 1, 0, "Sam Patel", "LA", false);
        mvc.perform(request).andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q14-governance"));

        assertThat(reader.read(tenant.planId()).governance()).containsExactly(
                new GovernanceRow("SEND Partnership Board", GovernanceKind.GROUP, "Owns the plan.",
                        List.of(new GovernanceMember("Director of Children's Services", OrganisationType.LA, true),
                                new GovernanceMember("ICB Director of Place", OrganisationType.ICB, false),
                                new GovernanceMember("Forum co-chair", OrganisationType.PCF, false)),
                        "Monthly", "Approves spending.", "Health and Wellbeing Board", true),
                new GovernanceRow("SEND Reform Programme Director", GovernanceKind.INDIVIDUAL, "Runs the programme.",
                        List.of(new GovernanceMember("Sam Patel", OrganisationType.LA, false)), "Weekly",
                        "Day-to-day delivery.", "SEND Partnership Board", false));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");

        String page = mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("Health and Wellbeing Board")))
                .andExpect(content().string(containsString("Director of Children&#39;s Services")))
                .andReturn().getResponse().getContentAsString();
        assertThat(checked(page, "governance-0-kind")).isTrue();
        assertThat(checked(page, "governance-1-kind-individual")).isTrue();
        assertThat(checked(page, "governance-0-members-0-chair")).isTrue();
        assertThat(checked(page, "governance-0-members-1-chair")).isFalse();
        assertThat(checked(page, "governance-0-includesSro")).isTrue();
        assertThat(checked(page, "governance-1-includesSro-no")).isTrue();
        assertThat(selected(page, "governance-0-members-2-organisationType")).isEqualTo("PCF");
    }

    @Test
    void addingAMemberKeepsEverythingTypedAndSavesNothing() throws Exception {
        var request = board(postGovernance(0, "add-member-0", null), "yes");
        row(request, 1, "Programme Director", "INDIVIDUAL", "Runs it.", "Weekly", "Delivery.", "The board", "no");
        member(request, 1, 0, "Sam Patel", "LA", false);
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("govuk-error-summary"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"governance-0-members-3\"", "id=\"governance-0-members-3-name\"",
                "Forum co-chair", "Sam Patel", "Programme Director", "Health and Wellbeing Board");
        assertThat(page).doesNotContain("id=\"governance-1-members-1\"");
        assertThat(selected(page, "governance-0-members-1-organisationType")).isEqualTo("ICB");
        assertThat(selected(page, "governance-0-members-3-organisationType")).isEmpty();
        assertThat(checked(page, "governance-0-members-0-chair")).isTrue();
        assertThat(checked(page, "governance-1-kind-individual")).isTrue();
        assertThat(reader.read(tenant.planId()).governance()).isEmpty();
        assertThat(sectionState()).isEmpty();
    }

    @Test
    void removingAMemberKeepsTheOtherMembersAndRowsAndSavesNothing() throws Exception {
        var request = board(postGovernance(0, "remove-member-0-1", null), "yes");
        row(request, 1, "Programme Director", "INDIVIDUAL", "Runs it.", "Weekly", "Delivery.", "The board", "no");
        member(request, 1, 0, "Sam Patel", "LA", false);
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("ICB Director of Place").contains("Forum co-chair", "Sam Patel");
        assertThat(page).doesNotContain("id=\"governance-0-members-2\"");
        assertThat(selected(page, "governance-0-members-1-organisationType")).isEqualTo("PCF");
        assertThat(page).contains("Remove<span class=\"govuk-visually-hidden\"> member 2 from governance row 1</span>");
        assertThat(reader.read(tenant.planId()).governance()).isEmpty();
    }

    @Test
    void addingAndRemovingARowKeepsTheOthers() throws Exception {
        var add = board(postGovernance(0, "add-governance", null), "yes");
        String added = mvc.perform(add).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(added).contains("id=\"governance-1\"", "id=\"governance-1-members-0-name\"", "SEND Partnership Board");

        var remove = postGovernance(0, "remove-governance-0", null);
        row(remove, 0, "First board", "GROUP", "P", "Monthly", "D", "E", "no");
        row(remove, 1, "Second board", "GROUP", "P2", "Termly", "D2", "E2", "yes");
        member(remove, 1, 0, "Second member", "PCF", true);
        String removed = mvc.perform(remove).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(removed).doesNotContain("First board").contains("Second board", "Second member", "Termly");
        assertThat(checked(removed, "governance-0-includesSro")).isTrue();
        assertThat(removed).doesNotContain("id=\"governance-1\"");
        assertThat(reader.read(tenant.planId()).governance()).isEmpty();
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        String tooLong = "B".repeat(301);
        var request = board(postGovernance(0, "later", "no"), "yes");
        request.param("governance[0].mechanism", tooLong);
        member(request, 0, 3, "Mystery member", "ALIENS", false);
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Governance")))
                .andExpect(content().string(containsString("href=\"#governance-0-mechanism\"")))
                .andExpect(content().string(containsString("The name of governance row 1 must be 300 characters or fewer")))
                .andExpect(content().string(containsString("id=\"governance-0-mechanism-error\"")))
                .andExpect(content().string(containsString("href=\"#governance-0-members-3-organisationType\"")))
                .andExpect(content().string(containsString("id=\"governance-0-members-3-organisationType-error\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(tooLong, "Mystery member", "Forum co-chair", "Health and Wellbeing Board");
        assertThat(reader.read(tenant.planId()).governance()).isEmpty();
        assertThat(sectionState()).isEmpty();
    }

    @Test
    void completingWithoutHealthParentCarersOrTheSroIsRefusedWithTheRuleMessages() throws Exception {
        var request = postGovernance(0, "continue", "yes");
        row(request, 0, "SEND Board", "GROUP", "Owns the plan.", "Monthly", "Approves.", "Cabinet", "no");
        member(request, 0, 0, "Director", "LA", true);
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Governance")))
                .andExpect(content().string(containsString("Your changes are saved, but this section is not complete yet")))
                .andReturn().getResponse().getContentAsString();
        for (String message : List.of("No governance group has a member from the integrated care board or a health provider",
                "No governance group has a member from the parent carer forum",
                "The governance table does not show where the senior responsible owner (SRO) sits")) {
            assertThat(page).contains("<a href=\"#governance\">" + message + "</a>");
            assertThat(occurrences(page, message)).as(message).isEqualTo(2);
        }
        assertThat(reader.read(tenant.planId()).governance()).hasSize(1);
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aGroupWithoutAChairOrPurposeIsRefusedNextToThoseFields() throws Exception {
        var request = postGovernance(0, "continue", "yes");
        row(request, 0, "SEND Partnership Board", "GROUP", "", "Monthly", "Approves spending.",
                "Health and Wellbeing Board", "yes");
        member(request, 0, 0, "Director of Children's Services", "LA", false);
        member(request, 0, 1, "ICB Director of Place", "ICB", false);
        member(request, 0, 2, "Forum co-chair", "PCF", false);
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#governance-0-members\"")))
                .andExpect(content().string(containsString("is a group with no chair")))
                .andExpect(content().string(containsString("id=\"governance-0-members-error\"")))
                .andExpect(content().string(containsString("href=\"#governance-0-purpose\"")))
                .andExpect(content().string(containsString("id=\"governance-0-purpose-error\"")));
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aCompleteTableCanBeMarkedCompleted() throws Exception {
        mvc.perform(board(postGovernance(0, "continue", "yes"), "yes"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q15-support"));
        assertThat(sectionStatus()).isEqualTo("COMPLETED");
    }

    @Test
    void aStaleVersionShowsTheConflictAndOverwritesNothing() throws Exception {
        var theirs = postGovernance(0, "later", "no");
        row(theirs, 0, "Their board", "GROUP", "P", "Monthly", "D", "E", "yes");
        mvc.perform(theirs).andExpect(status().is3xxRedirection());
        var mine = postGovernance(0, "later", "no");
        row(mine, 0, "My board", "GROUP", "P", "Monthly", "D", "E", "yes");
        mvc.perform(mine)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Their board")))
                .andExpect(content().string(containsString("My board")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(reader.read(tenant.planId()).governance()).extracting(GovernanceRow::mechanism)
                .containsExactly("Their board");
    }

    @Test
    void anotherPartnershipsSroGets404() throws Exception {
        Tenant other = fixtures.tenant("Other");
        mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        var request = board(post(PAGE, tenant.planId()).with(signIn.as(other.sroEmail())).with(csrf())
                .param("version", "0").param("action", "later"), "yes");
        mvc.perform(request).andExpect(status().isNotFound());
        assertThat(reader.read(tenant.planId()).governance()).isEmpty();
    }

    @Test
    void aSignatoryReadsButGets403OnPost() throws Exception {
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.ICB_PLACE_DIRECTOR);
        mvc.perform(get(PAGE, tenant.planId()).with(signIn.as(signatory)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"governance[0].mechanism\""))));
        var request = board(post(PAGE, tenant.planId()).with(signIn.as(signatory)).with(csrf())
                .param("version", "0").param("action", "later"), "yes");
        mvc.perform(request).andExpect(status().isForbidden());
        assertThat(reader.read(tenant.planId()).governance()).isEmpty();
    }

    @Test
    void theAnswersShowOnCheckYourAnswers() throws Exception {
        mvc.perform(board(postGovernance(0, "later", "no"), "yes")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/{id}/check-answers", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Governance row 1: SEND Partnership Board")))
                .andExpect(content().string(containsString("Forum co-chair, Parent carer forum")))
                .andExpect(content().string(containsString("Director of Children&#39;s Services, Local authority (chair)")))
                .andExpect(content().string(containsString("Health and Wellbeing Board")))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q14-governance#governance-0")));
    }

    static boolean checked(String page, String id) {
        Matcher matcher = Pattern.compile("(?s)<input[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        assertThat(matcher.find()).as("input " + id).isTrue();
        return matcher.group().contains("checked");
    }

    /** The value of the selected option of the select with this id ("" for the empty choice). */
    static String selected(String page, String id) {
        Matcher select = Pattern.compile("(?s)<select[^>]*\\sid=\"" + Pattern.quote(id) + "\".*?</select>").matcher(page);
        assertThat(select.find()).as("select " + id).isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select.group());
        return option.find() ? option.group(1) : null;
    }

    private static int occurrences(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }

    private String sectionStatus() {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = 'Q14_GOVERNANCE'")
                .param("id", tenant.planId()).query(String.class).single();
    }

    private List<String> sectionState() {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = 'Q14_GOVERNANCE'")
                .param("id", tenant.planId()).query(String.class).list();
    }
}
