package org.sendplan.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.signoff.ContentHash;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.ReadyTenant;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SubmissionIntegrationTests {

    static final String RISK = "partnership settings inclusion early support workforce outreach families schools";
    static final String EXEC_SUMMARY = "Sample exec summary text for Southvale.";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    ReadyTenant ready;

    @BeforeEach
    void aPlanReadyForSignOff() {
        ready = fixtures.readyForSignOff("Submitting");
    }

    @Test
    void theSroSubmitsTheSignedPlanAndThePackIsServedByteForByteAsStored() throws Exception {
        signByAllFive();
        mvc.perform(post("/plans/{id}/submit", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + ready.planId() + "/submitted"));
        assertThat(planStatus()).isEqualTo("SUBMITTED");
        String storedSha = jdbc.sql("select pack_sha256 from submission where plan_id = :planId")
                .param("planId", ready.planId()).query(String.class).single();
        mvc.perform(get("/plans/{id}/submitted", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(content().string(containsString("Plan submitted")))
                .andExpect(content().string(containsString(storedSha)));

        byte[] page = mvc.perform(get("/plans/{id}/pack", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        String adviser = fixtures.adviser(ready.tenant());
        byte[] api = mvc.perform(get("/api/plans/{id}/pack", ready.planId()).with(signIn.as(adviser)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ContentHash.sha256(page)).isEqualTo(storedSha);
        assertThat(api).isEqualTo(page);

        mvc.perform(post("/plans/{id}/submit", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + ready.planId() + "/sign-off"));
        assertThat(jdbc.sql("select count(*) from submission where plan_id = :planId").param("planId", ready.planId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePackHoldsThePlansRealContentInEveryFormat() throws Exception {
        Map<String, byte[]> files = unzip(submit());
        String contentHash = jdbc.sql("select content_hash from plan where id = :planId")
                .param("planId", ready.planId()).query(String.class).single();

        assertThat(files).containsKeys("plan.docx", "plan.pdf", "data.xlsx", "validation-report.html",
                "sign-off-certificate.pdf", "plan.json", "manifest.json",
                "attachments/Q4_MATURITY_ASSESSMENT/maturity-assessment.xlsx",
                "attachments/Q13_DATA_RETURN/data-return.xlsx");
        assertThat(ContentHash.sha256(files.get("plan.json"))).isEqualTo(contentHash);
        assertThat(new String(files.get("manifest.json"))).contains(contentHash);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(files.get("plan.docx")))) {
            assertThat(docx.getTables()).extracting(XWPFTable::getText).anyMatch(text -> text.contains(RISK));
            assertThat(docx.getTables()).extracting(XWPFTable::getText).anyMatch(text -> text.contains("1,410,000.00"));
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(files.get("data.xlsx")))) {
            xlsx.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet spend = xlsx.getSheet("Spend");
            assertThat(formulaResults(spend)).contains(1_410_000.00, 1_200_000.00);
            org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            java.util.List<String> riskCells = new java.util.ArrayList<>();
            xlsx.getSheet("Risks").forEach(row -> row.forEach(cell -> riskCells.add(formatter.formatCellValue(cell))));
            assertThat(riskCells).anyMatch(text -> text.contains(RISK));
        }
        try (PDDocument pdf = Loader.loadPDF(files.get("plan.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(EXEC_SUMMARY);
        }
        try (PDDocument certificate = Loader.loadPDF(files.get("sign-off-certificate.pdf"))) {
            String text = new PDFTextStripper().getText(certificate).replaceAll("\\s+", "");
            assertThat(text).contains(contentHash);
        }
    }

    @Test
    void theDatabaseRefusesToChangeASubmittedPlanOrItsPack() throws Exception {
        submit();
        for (String sql : new String[] {
                "update plan_narrative set text = 'rewritten' where plan_id = :planId",
                "update plan set eah_allocation = 1 where id = :planId",
                "update plan set status = 'DRAFT', content_hash = null, frozen_at = null where id = :planId",
                "update submission set pack = '\\x00' where plan_id = :planId",
                "delete from submission where plan_id = :planId" }) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("planId", ready.planId()).update()).as(sql)
                    .isInstanceOf(DataAccessException.class);
        }
        assertThat(planStatus()).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyTheSroSubmitsAndOnlyASignedPlan() throws Exception {
        mvc.perform(post("/plans/{id}/sign-off/request", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/{id}/submit", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + ready.planId() + "/sign-off"));
        assertThat(planStatus()).isEqualTo("READY_FOR_SIGN_OFF");
        signByAllFive();
        String contributor = fixtures.member(ready.tenant(), MembershipRole.CONTRIBUTOR, null);
        mvc.perform(post("/plans/{id}/submit", ready.planId()).with(signIn.as(contributor)).with(csrf()))
                .andExpect(status().isForbidden());
        Tenant other = fixtures.tenant("Other");
        mvc.perform(post("/plans/{id}/submit", ready.planId()).with(signIn.as(other.sroEmail())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(planStatus()).isEqualTo("SIGNED");
    }

    @Test
    void thePackIsOnlyForThoseWhoMaySeeThePlanAndOnlyOnceSubmitted() throws Exception {
        mvc.perform(get("/api/plans/{id}/pack", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(status().isConflict());
        submit();
        Tenant other = fixtures.tenant("Nosy");
        mvc.perform(get("/api/plans/{id}/pack", ready.planId()).with(signIn.as(other.sroEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/pack", ready.planId()).with(signIn.as(fixtures.adviser())))
                .andExpect(status().isNotFound());
    }

    @Test
    void checkingAPackConfirmsAnUntouchedOneAndNamesEveryAlteredFile() throws Exception {
        byte[] pack = submit();
        check(ready.sroEmail(), pack)
                .andExpect(content().string(containsString("This pack is exactly as submitted")));

        for (String name : unzip(pack).keySet()) {
            byte[] altered = alterOneByte(pack, name);
            check(ready.sroEmail(), altered)
                    .andExpect(content().string(containsString("This pack does not match what was submitted")))
                    .andExpect(content().string(containsString(name)));
        }

        Tenant other = fixtures.tenant("Outsider");
        check(other.sroEmail(), pack)
                .andExpect(content().string(containsString("No submission you can see in this service")));
        check(ready.sroEmail(), "not a zip at all".getBytes())
                .andExpect(content().string(containsString("The file is not a submission pack from this service")));
    }

    private org.springframework.test.web.servlet.ResultActions check(String email, byte[] pack) throws Exception {
        return mvc.perform(multipart("/submission/check")
                .file(new MockMultipartFile("pack", "pack.zip", "application/zip", pack))
                .with(signIn.as(email)).with(csrf()))
                .andExpect(status().isOk());
    }

    private byte[] submit() throws Exception {
        signByAllFive();
        mvc.perform(post("/plans/{id}/submit", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + ready.planId() + "/submitted"));
        return mvc.perform(get("/plans/{id}/pack", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private void signByAllFive() throws Exception {
        if ("DRAFT".equals(planStatus())) {
            mvc.perform(post("/plans/{id}/sign-off/request", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        for (SignatoryRole role : ready.signatories().keySet()) {
            mvc.perform(post("/plans/{id}/sign-off/sign", ready.planId()).with(signIn.as(ready.signatories().get(role)))
                    .with(csrf()).param("declaration", "true").param("password", Fixtures.PASSWORD))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(planStatus()).isEqualTo("SIGNED");
    }

    private String planStatus() {
        return jdbc.sql("select status from plan where id = :planId").param("planId", ready.planId())
                .query(String.class).single();
    }

    private static java.util.List<Double> formulaResults(Sheet sheet) {
        java.util.List<Double> results = new java.util.ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                    results.add(cell.getNumericCellValue());
                }
            }
        }
        return results;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static byte[] alterOneByte(byte[] zip, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : unzip(zip).entrySet()) {
                byte[] content = file.getValue().clone();
                if (file.getKey().equals(name)) {
                    content[content.length / 2] ^= 0x01;
                }
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
