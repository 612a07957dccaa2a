package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Header;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.plan.document.PlanDocument.Sro;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.plan.document.PlanDocumentWriter;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class HeaderSectionIntegrationTests {

    static final String EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    PlanDocumentReader reader;

    @Autowired
    PlanDocumentWriter writer;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = fixtures.tenant("Header");
    }

    /** A complete header: every field typed, the five required roles and one additional signatory. */
    static Map<String, String> complete() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("localAuthority", "Northshire County Council");
        fields.put("integratedCareBoard", "NHS Northshire ICB");
        fields.put("sroName", "Sam Patel");
        fields.put("sroJobTitle", "Director of Education");
        fields.put("sroEmail", "sam.patel@northshire.example");
        fields.put("sroOrganisationType", "LA");
        String[] names = { "Alex Chief", "Bo Board", "Cam Children", "Dee Place", "Eli Finance" };
        for (int i = 0; i < names.length; i++) {
            fields.put("signatories[" + i + "].name", names[i]);
            fields.put("signatories[" + i + "].email", "signer" + i + "@northshire.example");
            fields.put("signatories[" + i + "].jobTitle", "Title " + i);
        }
        fields.put("signatories[5].role", "OTHER");
        fields.put("signatories[5].name", "Fran College");
        fields.put("signatories[5].email", "fran@college.example");
        fields.put("signatories[5].jobTitle", "Principal, Northshire College");
        return fields;
    }

    MockHttpServletRequestBuilder save(Map<String, String> fields, long version, String completed, String action) {
        MockHttpServletRequestBuilder request = post("/plans/{id}/sections/header", tenant.planId())
                .with(signIn.as(tenant.sroEmail())).with(csrf())
                .param("version", String.valueOf(version))
                .param("completed", completed)
                .param("action", action);
        fields.forEach(request::param);
        return request;
    }

    @Test
    void taskListLinksToTheHeaderPage() throws Exception {
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/header")));
    }

    @Test
    void firstVisitShowsThePartnershipNamesAndTheFiveRequiredRolesInOrder() throws Exception {
        jdbc.sql("update plan set local_authority = null where id = :id").param("id", tenant.planId()).update();
        PageHtml page = page(get("/plans/{id}/sections/header", tenant.planId()).with(signIn.as(tenant.sroEmail())));
        assertThat(page.value("header-localAuthority")).isEqualTo("Header Council");
        assertThat(page.value("header-integratedCareBoard")).isEqualTo("NHS Header ICB");
        assertThat(page.byId("header-sro-name")).isPresent();
        assertThat(page.byId("header-sro-jobTitle")).isPresent();
        assertThat(page.get("header-sro-email").attr("type")).isEqualTo("email");
        assertThat(page.value("header-sro-organisationType")).isEqualTo("LA");
        assertThat(page.tags("input", "name", "sroOrganisationType")).hasSize(OrganisationType.values().length);
        assertThat(page.tags("fieldset", "id", null)).extracting(tag -> tag.attr("id"))
                .contains("signatories-0", "signatories-4").doesNotContain("signatories-5");
        assertThat(page.byId("signatories-4-jobTitle")).isPresent();
        assertThat(page.byId("signatories-5-name")).isEmpty();
        assertThat(page.text("header-sro-organisationType-hint"))
                .isEqualTo("The SRO must be a senior official of the local authority.");
        List<String> roles = List.of("Chief Executive (local authority)", "Chief Executive (integrated care board)",
                "Director of Children's Services (local authority)", "NHS Place Director (integrated care board)",
                "Chief Financial Officer or Section 151 officer (local authority)");
        for (int i = 0; i < roles.size(); i++) {
            assertThat(page.text("signatories-" + i)).startsWith(roles.get(i));
        }
    }

    @Test
    void aFullSaveRoundTripsAndMarksTheSectionCompleted() throws Exception {
        mvc.perform(save(complete(), 0, "yes", "continue"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/exec-summary"));

        PlanDocument document = reader.read(tenant.planId());
        assertThat(document.header()).isEqualTo(new Header("Northshire County Council", "NHS Northshire ICB",
                new Sro("Sam Patel", "Director of Education", "sam.patel@northshire.example", OrganisationType.LA)));
        assertThat(document.signatories()).containsExactly(
                new Signatory(SignatoryRole.LA_CHIEF_EXECUTIVE, "Alex Chief", "signer0@northshire.example", "Title 0"),
                new Signatory(SignatoryRole.ICB_CHIEF_EXECUTIVE, "Bo Board", "signer1@northshire.example", "Title 1"),
                new Signatory(SignatoryRole.LA_DCS, "Cam Children", "signer2@northshire.example", "Title 2"),
                new Signatory(SignatoryRole.ICB_PLACE_DIRECTOR, "Dee Place", "signer3@northshire.example", "Title 3"),
                new Signatory(SignatoryRole.LA_S151_OFFICER, "Eli Finance", "signer4@northshire.example", "Title 4"),
                new Signatory(SignatoryRole.OTHER, "Fran College", "fran@college.example",
                        "Principal, Northshire College"));
        assertThat(sectionStatus()).isEqualTo("COMPLETED");

        PageHtml page = page(get("/plans/{id}/sections/header", tenant.planId()).with(signIn.as(tenant.sroEmail())));
        assertThat(page.value("header-sro-name")).isEqualTo("Sam Patel");
        assertThat(page.checked("header-sro-organisationType")).isTrue();
        assertThat(page.value("signatories-2-email")).isEqualTo("signer2@northshire.example");
        assertThat(page.value("signatories-5-jobTitle")).isEqualTo("Principal, Northshire College");
        assertThat(page.tags("input", "name", "signatories[5].role")).singleElement()
                .extracting(tag -> tag.attr("value")).isEqualTo("OTHER");
        assertThat(page.checked("completed")).isTrue();
    }

    @Test
    void spacesAroundAnswersAreNotStoredAndBlankAdditionalRowsAreDropped() throws Exception {
        Map<String, String> fields = complete();
        fields.put("sroEmail", "  sam.patel@northshire.example ");
        fields.put("signatories[6].role", "OTHER");
        fields.put("signatories[6].name", " ");
        mvc.perform(save(fields, 0, "no", "later")).andExpect(redirectedUrl("/plans/" + tenant.planId()));
        PlanDocument document = reader.read(tenant.planId());
        assertThat(document.header().sro().email()).isEqualTo("sam.patel@northshire.example");
        assertThat(document.signatories()).hasSize(6);
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void addingASignatoryKeepsEverythingTypedAndSavesNothing() throws Exception {
        Map<String, String> fields = complete();
        fields.put("sroEmail", "typed-but-wrong");
        PageHtml page = page(save(fields, 0, "yes", "add-signatory"));
        assertThat(page.html()).doesNotContain("govuk-error-summary");
        assertThat(page.value("header-sro-email")).isEqualTo("typed-but-wrong");
        assertThat(page.value("header-sro-name")).isEqualTo("Sam Patel");
        assertThat(page.value("signatories-3-name")).isEqualTo("Dee Place");
        assertThat(page.value("signatories-5-name")).isEqualTo("Fran College");
        assertThat(page.value("signatories-6-name")).isEmpty();
        assertThat(page.tags("button", "value", "remove-signatory-6")).hasSize(1);
        assertThat(page.checked("completed")).isTrue();
        assertThat(page.tags("input", "name", "version")).singleElement().extracting(tag -> tag.attr("value"))
                .isEqualTo("0");
        assertNothingSaved();
    }

    @Test
    void removingASignatoryKeepsEverythingTypedAndSavesNothing() throws Exception {
        Map<String, String> fields = complete();
        fields.put("signatories[6].role", "OTHER");
        fields.put("signatories[6].name", "Gus Governor");
        fields.put("signatories[6].email", "gus@school.example");
        fields.put("signatories[6].jobTitle", "Chair of governors");
        PageHtml page = page(save(fields, 0, "no", "remove-signatory-5"));
        assertThat(page.value("signatories-5-name")).isEqualTo("Gus Governor");
        assertThat(page.value("signatories-5-jobTitle")).isEqualTo("Chair of governors");
        assertThat(page.byId("signatories-6-name")).isEmpty();
        assertThat(page.value("header-localAuthority")).isEqualTo("Northshire County Council");
        assertThat(page.html()).doesNotContain("Fran College")
                .contains("<span class=\"govuk-visually-hidden\"> additional signatory 1</span>");
        assertNothingSaved();
    }

    @Test
    void theRequiredRolesCannotBeRemoved() throws Exception {
        PageHtml page = page(save(complete(), 0, "no", "remove-signatory-2"));
        assertThat(page.value("signatories-2-name")).isEqualTo("Cam Children");
        assertThat(page.tags("button", "value", "remove-signatory-2")).isEmpty();
        assertNothingSaved();
    }

    @Test
    void aMalformedEmailIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        Map<String, String> fields = complete();
        fields.put("sroEmail", "sam.patel at northshire");
        fields.put("signatories[2].email", "cam@northshire");
        PageHtml page = page(save(fields, 0, "yes", "continue"));
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.linkText("#header-sro-email")).isEqualTo(EMAIL_FORMAT);
        assertThat(page.linkText("#signatories-2-email")).isEqualTo(EMAIL_FORMAT);
        assertThat(page.text("header-sro-email-error")).isEqualTo("Error: " + EMAIL_FORMAT);
        assertThat(page.get("header-sro-email").attr("aria-describedby")).isEqualTo("header-sro-email-error");
        assertThat(page.get("header-sro-email").attr("class")).contains("govuk-input--error");
        assertThat(page.value("header-sro-email")).isEqualTo("sam.patel at northshire");
        assertThat(page.text("signatories-2-email-error")).isEqualTo("Error: " + EMAIL_FORMAT);
        assertThat(page.value("signatories-2-email")).isEqualTo("cam@northshire");
        assertThat(page.value("signatories-2-name")).isEqualTo("Cam Children");
        assertThat(page.value("signatories-5-jobTitle")).isEqualTo("Principal, Northshire College");
        assertThat(page.checked("header-sro-organisationType")).isTrue();
        assertThat(page.checked("completed")).isTrue();
        assertNothingSaved();
    }

    @Test
    void anAdditionalSignatoryNeedsANameEmailAndJobTitle() throws Exception {
        Map<String, String> fields = complete();
        fields.remove("signatories[5].jobTitle");
        fields.remove("signatories[5].email");
        PageHtml page = page(save(fields, 0, "no", "later"));
        assertThat(page.text("signatories-5-jobTitle-error")).contains("Enter the job title of additional signatory 1");
        assertThat(page.text("signatories-5-email-error")).contains("Enter the email address of additional signatory 1");
        assertThat(page.value("signatories-5-name")).isEqualTo("Fran College");
        assertNothingSaved();
    }

    @Test
    void overlongTextAndAnUnknownOrganisationAreRefused() throws Exception {
        Map<String, String> fields = complete();
        fields.put("sroName", "n".repeat(201));
        fields.put("sroOrganisationType", "COUNCIL");
        PageHtml page = page(save(fields, 0, "no", "later"));
        assertThat(page.text("header-sro-name-error")).contains("Name must be 200 characters or less");
        assertThat(page.value("header-sro-name")).isEqualTo("n".repeat(201));
        assertThat(page.byId("header-sro-organisationType-error")).isPresent();
        assertThat(page.linkText("#header-sro-organisationType")).isNotNull();
        assertNothingSaved();
    }

    @Test
    void completingWithMissingAnswersIsRefusedWithTheRuleMessages() throws Exception {
        Map<String, String> fields = Map.of("localAuthority", "Northshire County Council",
                "integratedCareBoard", "", "sroName", "Sam Patel", "sroOrganisationType", "ICB",
                "signatories[0].name", "Alex Chief", "signatories[0].email", "alex@northshire.example",
                "signatories[1].name", "Bo Board");
        PageHtml page = page(save(fields, 0, "yes", "continue"));
        assertThat(page.html()).contains("this section is not complete yet");
        assertThat(page.linkText("#header-integratedCareBoard"))
                .isEqualTo("Enter the name of the integrated care board in the plan header");
        assertThat(page.linkText("#header-sro-email"))
                .isEqualTo("Enter the email address of the senior responsible owner (SRO)");
        assertThat(page.linkText("#header-sro-organisationType"))
                .contains("the SRO must be a senior official of the local authority");
        assertThat(page.linkText("#signatories-1")).contains("needs both a name and an email address");
        assertThat(page.linkText("#signatories-4")).isNotNull();
        assertThat(page.linkText("#signatories-0")).isNull();
        assertThat(page.byId("signatories-1-error")).isPresent();
        assertThat(page.get("signatories-1").attr("aria-describedby")).isEqualTo("signatories-1-error");
        assertThat(page.byId("header-sro-email-error")).isPresent();
        assertThat(page.value("header-sro-name")).isEqualTo("Sam Patel");
        assertThat(page.checked("completed")).isTrue();
        assertThat(page.tags("input", "name", "version")).singleElement().extracting(tag -> tag.attr("value"))
                .isEqualTo("1");
        PlanDocument document = reader.read(tenant.planId());
        assertThat(document.header().sro().name()).isEqualTo("Sam Patel");
        assertThat(document.header().sro().organisationType()).isEqualTo(OrganisationType.ICB);
        assertThat(document.signatories()).extracting(Signatory::role).containsExactly(
                SignatoryRole.LA_CHIEF_EXECUTIVE, SignatoryRole.ICB_CHIEF_EXECUTIVE, SignatoryRole.LA_DCS,
                SignatoryRole.ICB_PLACE_DIRECTOR, SignatoryRole.LA_S151_OFFICER);
        assertThat(sectionStatus()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aStaleVersionShowsTheConflictAndOverwritesNothing() throws Exception {
        mvc.perform(save(complete(), 0, "no", "later")).andExpect(status().is3xxRedirection());
        Map<String, String> mine = complete();
        mine.put("sroName", "Robin Mine");
        PageHtml page = page(save(mine, 0, "no", "later"));
        assertThat(page.byId("their-version")).isPresent();
        assertThat(page.html().substring(page.get("their-version").end())).contains("Sam Patel");
        assertThat(page.value("header-sro-name")).isEqualTo("Robin Mine");
        assertThat(page.tags("input", "name", "version")).singleElement().extracting(tag -> tag.attr("value"))
                .isEqualTo("1");
        assertThat(reader.read(tenant.planId()).header().sro().name()).isEqualTo("Sam Patel");
        mvc.perform(save(mine, 1, "no", "later")).andExpect(status().is3xxRedirection());
        assertThat(reader.read(tenant.planId()).header().sro().name()).isEqualTo("Robin Mine");
    }

    @Test
    void anImportedPlanShowsTheRequiredRolesFirst() throws Exception {
        PlanDocument current = reader.read(tenant.planId());
        writer.replace(tenant.planId(), current.withHeader(current.header(), List.of(
                new Signatory(SignatoryRole.OTHER, "Fran College", "fran@college.example", "Principal"),
                new Signatory(SignatoryRole.LA_DCS, "Cam Children", "cam@northshire.example", null),
                new Signatory(SignatoryRole.LA_DCS, "Second Director", "second@northshire.example", null))),
                tenant.sroId());
        PageHtml page = page(get("/plans/{id}/sections/header", tenant.planId()).with(signIn.as(tenant.sroEmail())));
        assertThat(page.value("signatories-2-name")).isEqualTo("Cam Children");
        assertThat(page.value("signatories-0-name")).isEmpty();
        assertThat(page.value("signatories-5-name")).isEqualTo("Fran College");
        assertThat(page.value("signatories-6-name")).isEqualTo("Second Director");
        assertThat(page.tags("input", "name", "signatories[6].role")).singleElement()
                .extracting(tag -> tag.attr("value")).isEqualTo("LA_DCS");
    }

    @Test
    void anotherPartnershipsSroGets404() throws Exception {
        Tenant other = fixtures.tenant("Other");
        mvc.perform(get("/plans/{id}/sections/header", tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        MockHttpServletRequestBuilder post = post("/plans/{id}/sections/header", tenant.planId())
                .with(signIn.as(other.sroEmail())).with(csrf()).param("version", "0").param("action", "later");
        complete().forEach(post::param);
        mvc.perform(post).andExpect(status().isNotFound());
        assertNothingSaved();
    }

    @Test
    void aSignatoryReadsTheHeaderButGets403OnSave() throws Exception {
        mvc.perform(save(complete(), 0, "no", "later")).andExpect(status().is3xxRedirection());
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        PageHtml page = page(get("/plans/{id}/sections/header", tenant.planId()).with(signIn.as(signatory)));
        assertThat(page.tags("input", "name", "sroName")).isEmpty();
        assertThat(page.html()).contains("Sam Patel");
        mvc.perform(post("/plans/{id}/sections/header", tenant.planId()).with(signIn.as(signatory)).with(csrf())
                .param("version", "1").param("action", "later").param("sroName", "Someone Else"))
                .andExpect(status().isForbidden());
        assertThat(reader.read(tenant.planId()).header().sro().name()).isEqualTo("Sam Patel");
    }

    @Test
    void checkAnswersShowsTheHeaderAndSignatories() throws Exception {
        mvc.perform(save(complete(), 0, "no", "later")).andExpect(status().is3xxRedirection());
        PageHtml page = page(get("/plans/{id}/check-answers", tenant.planId()).with(signIn.as(tenant.sroEmail())));
        String html = page.html();
        assertThat(html).contains("Who signs off the plan</caption>")
                .contains(">Other signatory</th>")
                .contains("fran@college.example")
                .contains("Sam Patel")
                .contains("Principal, Northshire College");
        assertThat(page.tags("a", "href", "/plans/" + tenant.planId() + "/sections/header#header-sro-email"))
                .hasSize(1);
        assertThat(page.tags("a", "href", "/plans/" + tenant.planId() + "/sections/header#signatories")).hasSize(1);
    }

    private PageHtml page(MockHttpServletRequestBuilder request) throws Exception {
        return PageHtml.of(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private void assertNothingSaved() {
        PlanDocument document = reader.read(tenant.planId());
        assertThat(document.header().sro().name()).isNull();
        assertThat(document.signatories()).isEmpty();
        assertThat(jdbc.sql("select count(*) from plan_section where plan_id = :id and section = 'HEADER' and version > 0")
                .param("id", tenant.planId()).query(Long.class).single()).isZero();
    }

    private String sectionStatus() {
        return jdbc.sql("select status from plan_section where plan_id = :id and section = 'HEADER'")
                .param("id", tenant.planId()).query(String.class).single();
    }
}
