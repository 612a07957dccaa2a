package org.sendplan.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.attachments.AttachmentService;
import org.sendplan.plan.attachments.SampleFiles;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

@IntegrationTest
class AttachmentsIntegrationTests {

    static final String PDF_TYPE = "application/pdf";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TOO_LARGE = "The selected file must be smaller than 20MB";
    static final String WRONG_TYPE = "The selected file must be a PDF, Word document (DOCX), Excel spreadsheet (XLSX), PNG or JPEG";

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

    @Autowired
    AttachmentService attachments;

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    ApplicationContext applicationContext;

    Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = fixtures.tenant("Attach");
    }

    // The attachment page

    @Test
    void uploadStoresTheCheckedFileAndDownloadGivesTheSameBytes() throws Exception {
        byte[] pdf = SampleFiles.pdf();
        mvc.perform(upload("Q2_BLUEPRINT_EVIDENCE", file("C:\\Users\\sam\\Blueprint evidence.pdf", "text/plain", pdf)))
                .andExpect(redirectedUrl(attachmentUrl("Q2_BLUEPRINT_EVIDENCE")))
                .andExpect(flash().attribute("attachmentUploaded", "Blueprint evidence.pdf"));

        Map<String, Object> row = jdbc.sql("""
                select filename, content_type, size_bytes, sha256, uploaded_by from attachment
                 where plan_id = :planId and slot = 'Q2_BLUEPRINT_EVIDENCE'
                """).param("planId", tenant.planId()).query().singleRow();
        assertThat(row.get("filename")).isEqualTo("Blueprint evidence.pdf");
        assertThat(row.get("content_type")).isEqualTo(PDF_TYPE);
        assertThat(row.get("size_bytes")).isEqualTo((long) pdf.length);
        assertThat(row.get("sha256")).isEqualTo(sha256(pdf));
        assertThat(row.get("uploaded_by")).isEqualTo(tenant.sroId());
        assertThat(reader.read(tenant.planId()).attachments()).singleElement()
                .satisfies(a -> assertThat(a.sha256()).isEqualTo(sha256(pdf)));

        mvc.perform(get(attachmentUrl("Q2_BLUEPRINT_EVIDENCE")).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Blueprint evidence.pdf")))
                .andExpect(content().string(containsString("1KB")))
                .andExpect(content().string(containsString("Attach SRO")))
                .andExpect(content().string(containsString(attachmentUrl("Q2_BLUEPRINT_EVIDENCE") + "/download")))
                .andExpect(content().string(containsString("Back to Three-year blueprint and success measures")))
                .andExpect(content().string(containsString("href=\"/plans/" + tenant.planId() + "/sections/q2-blueprint\"")));

        MvcResult download = mvc.perform(get(attachmentUrl("Q2_BLUEPRINT_EVIDENCE") + "/download")
                        .with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PDF_TYPE))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("Blueprint%20evidence.pdf")))
                .andReturn();
        byte[] downloaded = download.getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(sha256(downloaded)).isEqualTo(row.get("sha256"));
    }

    @Test
    void theStoredTypeComesFromTheContentNotTheNameOrHeader() throws Exception {
        mvc.perform(upload("Q14_GOVERNANCE_DIAGRAM", file("figures.pdf", PDF_TYPE, SampleFiles.xlsx())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(attachmentUrl("Q14_GOVERNANCE_DIAGRAM") + "/download").with(signIn.as(tenant.sroEmail())))
                .andExpect(header().string("Content-Type", XLSX_TYPE))
                .andExpect(header().string("Content-Disposition", containsString("figures.xlsx")));
    }

    @Test
    void replacingKeepsOneFilePerSlotAndEveryChangeIsAudited() throws Exception {
        mvc.perform(upload("Q5_ROADMAP_EVIDENCE", file("first.pdf", PDF_TYPE, SampleFiles.pdf())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(upload("Q5_ROADMAP_EVIDENCE", file("second.png", "image/png", SampleFiles.png())))
                .andExpect(status().is3xxRedirection());
        assertThat(filenames("Q5_ROADMAP_EVIDENCE")).containsExactly("second.png");

        mvc.perform(post(attachmentUrl("Q5_ROADMAP_EVIDENCE") + "/remove")
                        .with(signIn.as(tenant.sroEmail())).with(csrf()))
                .andExpect(redirectedUrl(attachmentUrl("Q5_ROADMAP_EVIDENCE")))
                .andExpect(flash().attribute("attachmentRemoved", "second.png"));
        assertThat(filenames("Q5_ROADMAP_EVIDENCE")).isEmpty();

        List<Map<String, Object>> audit = jdbc.sql("""
                select event_type, section, actor_email, before_content::text as before, after_content::text as after
                  from audit_event where plan_id = :planId order by id
                """).param("planId", tenant.planId()).query().listOfRows();
        assertThat(audit).hasSize(3);
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.get("event_type")).isEqualTo("SECTION_SAVED");
            assertThat(entry.get("section")).isEqualTo("Q5_ROADMAP");
            assertThat(entry.get("actor_email")).isEqualTo(tenant.sroEmail());
        });
        assertThat(audit.get(0).get("before").toString()).isEqualTo("{\"attachments\": []}");
        assertThat(audit.get(0).get("after").toString()).contains("first.pdf", "Q5_ROADMAP_EVIDENCE",
                sha256(SampleFiles.pdf()));
        assertThat(audit.get(1).get("before").toString()).contains("first.pdf");
        assertThat(audit.get(1).get("after").toString()).contains("second.png").doesNotContain("first.pdf");
        assertThat(audit.get(2).get("before").toString()).contains("second.png");
        assertThat(audit.get(2).get("after").toString()).isEqualTo("{\"attachments\": []}");

        assertThat(sectionRow("Q5_ROADMAP")).containsEntry("version", 3L).containsEntry("status", "IN_PROGRESS")
                .containsEntry("updated_by", tenant.sroId());
        mvc.perform(get("/plans/{id}/history", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("second.png")));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedAndThePageStaysAsItWas() throws Exception {
        mvc.perform(upload("Q6_DELIVERY_EVIDENCE", file("kept.pdf", PDF_TYPE, SampleFiles.pdf())))
                .andExpect(status().is3xxRedirection());
        MvcResult refused = mvc.perform(upload("Q6_DELIVERY_EVIDENCE",
                        file("huge.pdf", PDF_TYPE, SampleFiles.pdfOfSize(20 * 1024 * 1024 + 1))))
                .andExpect(redirectedUrl(attachmentUrl("Q6_DELIVERY_EVIDENCE")))
                .andExpect(flash().attribute("attachmentError", "TOO_LARGE"))
                .andReturn();
        follow(refused)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#attachments-Q6_DELIVERY_EVIDENCE\"")))
                .andExpect(content().string(containsString("id=\"attachments-Q6_DELIVERY_EVIDENCE-error\"")))
                .andExpect(content().string(containsString(TOO_LARGE)))
                .andExpect(content().string(containsString("kept.pdf")))
                .andExpect(content().string(containsString("Supporting file for the first-year delivery plan")));
        assertThat(filenames("Q6_DELIVERY_EVIDENCE")).containsExactly("kept.pdf");
    }

    @Test
    void exactlyTwentyMegabytesIsAccepted() throws Exception {
        mvc.perform(upload("Q6_DELIVERY_EVIDENCE",
                        file("limit.pdf", PDF_TYPE, SampleFiles.pdfOfSize(20 * 1024 * 1024))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(attachmentUrl("Q6_DELIVERY_EVIDENCE")).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("20MB")));
    }

    @Test
    void aRenamedProgramIsRefused() throws Exception {
        follow(mvc.perform(upload("Q2_BLUEPRINT_EVIDENCE", file("report.pdf", PDF_TYPE, SampleFiles.exe())))
                        .andExpect(flash().attribute("attachmentError", "NOT_ALLOWED_TYPE")).andReturn())
                .andExpect(content().string(containsString(WRONG_TYPE)));
        assertThat(filenames("Q2_BLUEPRINT_EVIDENCE")).isEmpty();
        assertThat(auditCount()).isZero();
    }

    @Test
    void emptyAndMissingFilesAreRefused() throws Exception {
        follow(mvc.perform(upload("Q2_BLUEPRINT_EVIDENCE", file("empty.pdf", PDF_TYPE, new byte[0]))).andReturn())
                .andExpect(content().string(containsString("The selected file is empty")));
        follow(mvc.perform(upload("Q2_BLUEPRINT_EVIDENCE", noFile())).andReturn())
                .andExpect(content().string(containsString("Select a file")))
                .andExpect(content().string(containsString("href=\"#attachments-Q2_BLUEPRINT_EVIDENCE\"")));
        assertThat(filenames("Q2_BLUEPRINT_EVIDENCE")).isEmpty();
    }

    @Test
    void anotherPartnershipsSroGets404() throws Exception {
        mvc.perform(upload("Q2_BLUEPRINT_EVIDENCE", file("ours.pdf", PDF_TYPE, SampleFiles.pdf())))
                .andExpect(status().is3xxRedirection());
        Tenant other = fixtures.tenant("Elsewhere");
        mvc.perform(get(attachmentUrl("Q2_BLUEPRINT_EVIDENCE")).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get(attachmentUrl("Q2_BLUEPRINT_EVIDENCE") + "/download").with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("%PDF"))));
        mvc.perform(multipart(attachmentUrl("Q2_BLUEPRINT_EVIDENCE"))
                        .file(file("theirs.pdf", PDF_TYPE, SampleFiles.pdf()))
                        .with(signIn.as(other.sroEmail())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(attachmentUrl("Q2_BLUEPRINT_EVIDENCE") + "/remove")
                        .with(signIn.as(other.sroEmail())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/sections/q4-maturity", tenant.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/plans/{id}/sections/q4-maturity", tenant.planId())
                        .file(file("theirs.pdf", PDF_TYPE, SampleFiles.pdf()))
                        .param("version", "0").param("action", "later")
                        .with(signIn.as(other.sroEmail())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(filenames("Q2_BLUEPRINT_EVIDENCE")).containsExactly("ours.pdf");
        assertThat(filenames("Q4_MATURITY_ASSESSMENT")).isEmpty();
    }

    @Test
    void aSignatoryCanDownloadButNotChangeFiles() throws Exception {
        mvc.perform(upload("Q14_GOVERNANCE_DIAGRAM", file("board.png", "image/png", SampleFiles.png())))
                .andExpect(status().is3xxRedirection());
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        mvc.perform(get(attachmentUrl("Q14_GOVERNANCE_DIAGRAM")).with(signIn.as(signatory)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("board.png")))
                .andExpect(content().string(not(containsString("type=\"file\""))))
                .andExpect(content().string(not(containsString("/remove"))));
        mvc.perform(get(attachmentUrl("Q14_GOVERNANCE_DIAGRAM") + "/download").with(signIn.as(signatory)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(SampleFiles.png()));
        mvc.perform(multipart(attachmentUrl("Q14_GOVERNANCE_DIAGRAM"))
                        .file(file("mine.pdf", PDF_TYPE, SampleFiles.pdf()))
                        .with(signIn.as(signatory)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(attachmentUrl("Q14_GOVERNANCE_DIAGRAM") + "/remove").with(signIn.as(signatory)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/plans/{id}/sections/q4-maturity", tenant.planId())
                        .file(file("mine.pdf", PDF_TYPE, SampleFiles.pdf()))
                        .param("version", "0").param("action", "later")
                        .with(signIn.as(signatory)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(filenames("Q14_GOVERNANCE_DIAGRAM")).containsExactly("board.png");
        assertThat(filenames("Q4_MATURITY_ASSESSMENT")).isEmpty();
    }

    @Test
    void uploadsNeedTheCsrfToken() throws Exception {
        mvc.perform(multipart(attachmentUrl("Q2_BLUEPRINT_EVIDENCE"))
                        .file(file("forged.pdf", PDF_TYPE, SampleFiles.pdf()))
                        .with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(attachmentUrl("Q2_BLUEPRINT_EVIDENCE"))
                        .file(file("forged.pdf", PDF_TYPE, SampleFiles.pdf()))
                        .param("_csrf", "not-the-token")
                        .with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/plans/{id}/sections/q4-maturity", tenant.planId())
                        .file(file("forged.pdf", PDF_TYPE, SampleFiles.pdf()))
                        .param("version", "0").param("action", "later")
                        .with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isForbidden());
        assertThat(filenames("Q2_BLUEPRINT_EVIDENCE")).isEmpty();
        assertThat(filenames("Q4_MATURITY_ASSESSMENT")).isEmpty();
    }

    @Test
    void theTokenThePageRendersIsAcceptedInTheMultipartBody() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(get(attachmentUrl("Q2_BLUEPRINT_EVIDENCE"))
                        .with(signIn.as(tenant.sroEmail())).session(session))
                .andReturn().getResponse().getContentAsString();
        Matcher upload = Pattern.compile("enctype=\"multipart/form-data\"[^>]*action=\""
                + Pattern.quote(attachmentUrl("Q2_BLUEPRINT_EVIDENCE")) + "\">(?:(?!</form>).)*?name=\"_csrf\" value=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(page);
        assertThat(upload.find()).as("the upload form carries the token in a hidden field").isTrue();

        mvc.perform(multipart(attachmentUrl("Q2_BLUEPRINT_EVIDENCE"))
                        .file(file("one.pdf", PDF_TYPE, SampleFiles.pdf()))
                        .param("_csrf", upload.group(1))
                        .with(signIn.as(tenant.sroEmail())).session(session))
                .andExpect(status().is3xxRedirection());
        assertThat(filenames("Q2_BLUEPRINT_EVIDENCE")).containsExactly("one.pdf");
    }

    @Test
    void otherAndUnknownSlotsHaveNoPage() throws Exception {
        for (String slot : new String[] { "OTHER", "NOT_A_SLOT", "q4_maturity_assessment" }) {
            mvc.perform(get(attachmentUrl(slot)).with(signIn.as(tenant.sroEmail())))
                    .andExpect(status().isNotFound());
            mvc.perform(multipart(attachmentUrl(slot)).file(file("x.pdf", PDF_TYPE, SampleFiles.pdf()))
                            .with(signIn.as(tenant.sroEmail())).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(attachmentUrl("Q4_MATURITY_ASSESSMENT") + "/download").with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPlanThatIsNoLongerADraftKeepsItsFiles() throws Exception {
        mvc.perform(upload("Q2_BLUEPRINT_EVIDENCE", file("final.pdf", PDF_TYPE, SampleFiles.pdf())))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("""
                update plan set status = 'READY_FOR_SIGN_OFF', content_hash = repeat('a', 64), frozen_at = now()
                 where id = :id
                """).param("id", tenant.planId()).update();
        mvc.perform(upload("Q2_BLUEPRINT_EVIDENCE", file("late.pdf", PDF_TYPE, SampleFiles.pdf())))
                .andExpect(status().isConflict());
        mvc.perform(post(attachmentUrl("Q2_BLUEPRINT_EVIDENCE") + "/remove").with(signIn.as(tenant.sroEmail()))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get(attachmentUrl("Q2_BLUEPRINT_EVIDENCE")).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has been sent for sign-off, signed or submitted, so it cannot be changed")))
                .andExpect(content().string(not(containsString("type=\"file\""))));
        assertThat(filenames("Q2_BLUEPRINT_EVIDENCE")).containsExactly("final.pdf");
    }

    // The Q4 and Q13 section pages

    @Test
    void taskListLinksToTheFileSections() throws Exception {
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q4-maturity")))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q13-data-return")));
    }

    @Test
    void uploadAndCompleteInOneSubmit() throws Exception {
        mvc.perform(get("/plans/{id}/sections/q4-maturity", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("id=\"attachments-Q4_MATURITY_ASSESSMENT\"")))
                .andExpect(content().string(containsString("No file attached")));
        mvc.perform(saveSection("q4-maturity", file("maturity.xlsx", XLSX_TYPE, SampleFiles.xlsx()), 0, "yes", "continue"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q5-roadmap"));
        assertThat(filenames("Q4_MATURITY_ASSESSMENT")).containsExactly("maturity.xlsx");
        assertThat(sectionRow("Q4_MATURITY")).containsEntry("status", "COMPLETED").containsEntry("version", 2L);
        mvc.perform(get("/plans/{id}/sections/q4-maturity", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("maturity.xlsx")))
                .andExpect(content().string(containsString("/plans/" + tenant.planId()
                        + "/attachments/Q4_MATURITY_ASSESSMENT/download")))
                .andExpect(content().string(containsString("value=\"remove-file\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
    }

    @Test
    void completingWithoutTheFileIsRefusedWithTheRuleMessage() throws Exception {
        mvc.perform(saveSection("q13-data-return", noFile(), 0, "yes", "continue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Upload the data return template (Q13)")))
                .andExpect(content().string(containsString("href=\"#attachments-Q13_DATA_RETURN\"")))
                .andExpect(content().string(containsString("id=\"attachments-Q13_DATA_RETURN-error\"")));
        assertThat(sectionRow("Q13_DATA_RETURN")).containsEntry("status", "IN_PROGRESS");
        mvc.perform(saveSection("q13-data-return", noFile(), 1, "no", "later"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId()));
    }

    @Test
    void aBadFileOnTheSectionPageSavesNothing() throws Exception {
        mvc.perform(saveSection("q4-maturity", file("tool.xlsx", XLSX_TYPE, SampleFiles.exe()), 0, "yes", "continue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(WRONG_TYPE)))
                .andExpect(content().string(containsString("id=\"attachments-Q4_MATURITY_ASSESSMENT-error\"")))
                .andExpect(content().string(containsString("id=\"completed\" name=\"completed\" type=\"radio\" value=\"yes\" checked")));
        assertThat(filenames("Q4_MATURITY_ASSESSMENT")).isEmpty();
        assertThat(jdbc.sql("select count(*) from plan_section where plan_id = :id and section = 'Q4_MATURITY'")
                .param("id", tenant.planId()).query(Long.class).single()).isZero();
        mvc.perform(saveSection("q4-maturity", file("huge.xlsx", XLSX_TYPE, SampleFiles.pdfOfSize(20 * 1024 * 1024 + 1)),
                        0, "no", "later"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TOO_LARGE)));
    }

    @Test
    void anUploadFromTheAttachmentPageMakesAnOpenSectionFormStale() throws Exception {
        mvc.perform(upload("Q4_MATURITY_ASSESSMENT", file("theirs.pdf", PDF_TYPE, SampleFiles.pdf())))
                .andExpect(status().is3xxRedirection());
        assertThat(sectionRow("Q4_MATURITY")).containsEntry("version", 1L).containsEntry("status", "IN_PROGRESS");

        mvc.perform(saveSection("q4-maturity", file("mine.docx", "application/msword", SampleFiles.docx()), 0, "yes",
                        "continue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("saved this section on")))
                .andExpect(content().string(containsString("theirs.pdf")))
                .andExpect(content().string(containsString("Select the file again")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(filenames("Q4_MATURITY_ASSESSMENT")).containsExactly("theirs.pdf");
        assertThat(sectionRow("Q4_MATURITY")).containsEntry("version", 1L);

        mvc.perform(saveSection("q4-maturity", file("mine.docx", "application/msword", SampleFiles.docx()), 1, "yes",
                        "later"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId()));
        assertThat(filenames("Q4_MATURITY_ASSESSMENT")).containsExactly("mine.docx");
        assertThat(sectionRow("Q4_MATURITY")).containsEntry("status", "COMPLETED");
    }

    @Test
    void removingTheRequiredFileUncompletesTheSection() throws Exception {
        mvc.perform(saveSection("q4-maturity", file("tool.xlsx", XLSX_TYPE, SampleFiles.xlsx()), 0, "yes", "later"))
                .andExpect(status().is3xxRedirection());
        assertThat(sectionRow("Q4_MATURITY")).containsEntry("status", "COMPLETED").containsEntry("version", 2L);

        mvc.perform(saveSection("q4-maturity", noFile(), 1, "yes", "remove-file"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("saved this section on")));
        assertThat(filenames("Q4_MATURITY_ASSESSMENT")).containsExactly("tool.xlsx");

        mvc.perform(saveSection("q4-maturity", noFile(), 2, "yes", "remove-file"))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/sections/q4-maturity"))
                .andExpect(flash().attribute("attachmentRemoved", "tool.xlsx"));
        assertThat(filenames("Q4_MATURITY_ASSESSMENT")).isEmpty();
        assertThat(sectionRow("Q4_MATURITY")).containsEntry("status", "IN_PROGRESS").containsEntry("version", 3L);
    }

    @Test
    void replacingTheFileKeepsACompletedSectionCompleted() throws Exception {
        mvc.perform(saveSection("q13-data-return", file("return.xlsx", XLSX_TYPE, SampleFiles.xlsx()), 0, "yes", "later"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(upload("Q13_DATA_RETURN", file("return-v2.xlsx", XLSX_TYPE, SampleFiles.xlsx())))
                .andExpect(status().is3xxRedirection());
        assertThat(sectionRow("Q13_DATA_RETURN")).containsEntry("status", "COMPLETED").containsEntry("version", 3L);
    }

    @Test
    void readersSeeTheFileButNoForm() throws Exception {
        mvc.perform(saveSection("q4-maturity", file("tool.xlsx", XLSX_TYPE, SampleFiles.xlsx()), 0, "yes", "later"))
                .andExpect(status().is3xxRedirection());
        String adviser = fixtures.adviser(tenant);
        mvc.perform(get("/plans/{id}/sections/q4-maturity", tenant.planId()).with(signIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tool.xlsx")))
                .andExpect(content().string(not(containsString("type=\"file\""))));
        mvc.perform(get(attachmentUrl("Q4_MATURITY_ASSESSMENT") + "/download").with(signIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(SampleFiles.xlsx()));
    }

    @Test
    void checkYourAnswersShowsTheFiles() throws Exception {
        mvc.perform(saveSection("q4-maturity", file("tool.xlsx", XLSX_TYPE, SampleFiles.xlsx()), 0, "yes", "later"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/{id}/check-answers", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Completed maturity assessment tool")))
                .andExpect(content().string(containsString(">tool.xlsx</a>")))
                .andExpect(content().string(containsString("(" + (SampleFiles.xlsx().length + 1023) / 1024 + "KB)")))
                .andExpect(content().string(containsString("Completed data template")))
                .andExpect(content().string(containsString("No file uploaded yet")))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q13-data-return")));
    }

    // The supporting-file card the Q2, Q5, Q6 and Q14 pages include

    @Test
    void theSupportingFileCardShowsTheFileAndLinksEditorsToItsPage() throws Exception {
        mvc.perform(upload("Q2_BLUEPRINT_EVIDENCE", file("evidence.pdf", PDF_TYPE, SampleFiles.pdf())))
                .andExpect(status().is3xxRedirection());
        var stored = attachments.find(tenant.planId(), AttachmentSlot.Q2_BLUEPRINT_EVIDENCE).orElseThrow();

        String editing = renderSlotSummary("Q2_BLUEPRINT_EVIDENCE", stored, true);
        assertThat(editing).contains("Supporting file for the three-year blueprint", "evidence.pdf", "1KB",
                "href=\"" + attachmentUrl("Q2_BLUEPRINT_EVIDENCE") + "\"", "Change the supporting file",
                attachmentUrl("Q2_BLUEPRINT_EVIDENCE") + "/download", "Save your answers on this page");

        String empty = renderSlotSummary(AttachmentSlot.Q14_GOVERNANCE_DIAGRAM, null, true);
        assertThat(empty).contains("Governance structure diagram", "No file attached", "Add a supporting file",
                "href=\"" + attachmentUrl("Q14_GOVERNANCE_DIAGRAM") + "\"");

        String reading = renderSlotSummary("Q2_BLUEPRINT_EVIDENCE", stored, false);
        assertThat(reading).contains("evidence.pdf", "/download")
                .doesNotContain("Change the supporting file", "Save your answers on this page");
    }

    /** The card rendered on its own, as a page would include it, with slot given as a name or an enum. */
    private String renderSlotSummary(Object slot, Object attachment, boolean editable) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/plans/" + tenant.planId());
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, Locale.UK);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        context.setVariable("planId", tenant.planId());
        context.setVariable("slot", slot);
        context.setVariable("attachment", attachment);
        context.setVariable("editable", editable);
        return templates.process("fragments/attachment", Set.of("slotSummary"), context);
    }

    private MockMultipartHttpServletRequestBuilder upload(String slot, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder request = multipart(attachmentUrl(slot)).file(file);
        request.with(signIn.as(tenant.sroEmail())).with(csrf());
        return request;
    }

    /** The page a refused upload redirects to, with the flash attributes the redirect carried. */
    private ResultActions follow(MvcResult redirect) throws Exception {
        return mvc.perform(get(redirect.getResponse().getRedirectedUrl()).flashAttrs(redirect.getFlashMap())
                .with(signIn.as(tenant.sroEmail())));
    }

    private MockMultipartHttpServletRequestBuilder saveSection(String slug, MockMultipartFile file, long version,
            String completed, String action) {
        MockMultipartHttpServletRequestBuilder request = multipart("/plans/{id}/sections/" + slug, tenant.planId())
                .file(file);
        request.param("version", String.valueOf(version)).param("completed", completed).param("action", action)
                .with(signIn.as(tenant.sroEmail())).with(csrf());
        return request;
    }

    private static MockMultipartFile file(String name, String contentType, byte[] content) {
        return new MockMultipartFile("file", name, contentType, content);
    }

    /** What a browser sends when no file was chosen. */
    private static MockMultipartFile noFile() {
        return file("", "application/octet-stream", new byte[0]);
    }

    private String attachmentUrl(String slot) {
        return "/plans/" + tenant.planId() + "/attachments/" + slot;
    }

    private List<String> filenames(String slot) {
        return jdbc.sql("select filename from attachment where plan_id = :planId and slot = :slot order by id")
                .param("planId", tenant.planId()).param("slot", slot).query(String.class).list();
    }

    private Map<String, Object> sectionRow(String section) {
        return jdbc.sql("select version, status, updated_by from plan_section where plan_id = :id and section = :section")
                .param("id", tenant.planId()).param("section", section).query().singleRow();
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_event where plan_id = :id").param("id", tenant.planId())
                .query(Long.class).single();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
