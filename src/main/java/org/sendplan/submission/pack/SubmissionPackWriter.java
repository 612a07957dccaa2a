package org.sendplan.submission.pack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the submission pack: the plan as Word, PDF/UA and Excel, the validation report, the
 * sign-off certificate, the attachments, {@code plan.json} verbatim and, last, a manifest with
 * every other file's size and SHA-256. Every date inside the pack is {@link PackContent#generatedAt()},
 * so the zip depends on the content alone and the same content always gives the same SHA-256.
 * Keeps nothing from one pack to the next (only the fonts the PDFs embed and two worker
 * threads), so one instance serves every request and may be called from many threads at once.
 */
@Component
public class SubmissionPackWriter implements DisposableBean {

    static final String PLAN_DOCX = "plan.docx";
    static final String PLAN_PDF = "plan.pdf";
    static final String DATA_XLSX = "data.xlsx";
    static final String VALIDATION_REPORT = "validation-report.html";
    static final String CERTIFICATE = "sign-off-certificate.pdf";
    static final String ATTACHMENTS = "attachments";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PdfRenderer pdf = new PdfRenderer();

    /**
     * The Word file, the workbook and the certificate are made here while the calling thread
     * renders the plan PDF, the slowest part: on two cores that halves the time a pack takes.
     * Daemon threads, so a writer made outside Spring never keeps a JVM alive.
     */
    private final ExecutorService workers = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "submission-pack-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private static final AtomicInteger THREADS = new AtomicInteger();

    /**
     * @throws IllegalArgumentException if {@code planJson} or an attachment does not have the hash
     *         given for it: a pack must hold exactly what was signed
     */
    public Pack write(PackContent content) {
        if (!Sha256.hex(content.planJson()).equals(content.contentHash())) {
            throw new IllegalArgumentException("plan.json of plan " + content.planId()
                    + " does not have the content hash that was signed, " + content.contentHash());
        }
        for (AttachmentFile attachment : content.attachments()) {
            if (!Sha256.hex(attachment.content()).equals(attachment.sha256())) {
                throw new IllegalArgumentException("Attachment " + attachment.filename() + " of plan "
                        + content.planId() + " does not have its recorded SHA-256, " + attachment.sha256());
            }
        }
        Outline plan = PackOutlines.plan(content);
        String title = PackOutlines.planTitle(content);
        Future<byte[]> docx = workers.submit(() -> FixedTimeZips.rewrite(WordRenderer.render(plan, title,
                content.generatedAt()), content.generatedAt()));
        Future<byte[]> xlsx = workers.submit(() -> FixedTimeZips.rewrite(PlanWorkbook.write(content),
                content.generatedAt()));
        Future<byte[]> certificate = workers.submit(() -> pdf.render(Xhtml.render(PackOutlines.certificate(content),
                PackStyles.certificate(title + ": sign-off certificate")), content.generatedAt()));
        byte[] planPdf = pdf.render(Xhtml.render(plan, PackStyles.print(title)), content.generatedAt());

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PLAN_DOCX, result(docx));
        files.put(PLAN_PDF, planPdf);
        files.put(DATA_XLSX, result(xlsx));
        files.put(VALIDATION_REPORT, Xhtml.render(PackOutlines.validationReport(content), PackStyles.SCREEN)
                .getBytes(StandardCharsets.UTF_8));
        files.put(CERTIFICATE, result(certificate));
        AttachmentNames names = new AttachmentNames();
        for (AttachmentFile attachment : content.attachments()) {
            files.put(names.entryName(ATTACHMENTS + "/" + attachment.slot().name(), attachment.filename()),
                    attachment.content());
        }
        files.put(Manifest.PLAN_JSON, content.planJson());

        List<Manifest.Entry> entries = new ArrayList<>();
        files.forEach((name, bytes) -> entries.add(new Manifest.Entry(name, bytes.length, Sha256.hex(bytes))));
        Manifest manifest = new Manifest(Manifest.FORMAT, content.planId(), content.partnershipName(),
                content.document().planYear(), content.contentHash(), content.generatedAt().toString(),
                content.serviceVersion(), entries);
        String manifestJson = JSON.writeValueAsString(manifest);
        files.put(Manifest.NAME, manifestJson.getBytes(StandardCharsets.UTF_8));

        byte[] zip = FixedTimeZips.write(files, content.generatedAt());
        return new Pack(zip, Sha256.hex(zip), manifestJson);
    }

    private static byte[] result(Future<byte[]> file) {
        try {
            return file.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making a submission pack", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
