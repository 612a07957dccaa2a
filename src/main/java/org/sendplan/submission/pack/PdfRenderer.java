package org.sendplan.submission.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.xml.transform.TransformerException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Renders XHTML as a tagged PDF/UA-1 document in the embedded DejaVu Sans, never an operating
 * system font, so a pack looks the same wherever it is made. Reading the fonts and measuring
 * their glyphs is the slow part of a render, so the font bytes and openhtmltopdf's font metrics
 * are kept for the life of the renderer; both are immutable once read, so renders may run at once.
 */
final class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String PRODUCER = "sendplan";

    static {
        // openhtmltopdf logs every stylesheet parse and font load at INFO to the console through its own
        // java.util.logging set-up, which Spring's logging levels do not reach.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(logger -> com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING));
    }

    private final byte[] regular;
    private final byte[] bold;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new ConcurrentCache();

    PdfRenderer() {
        this.regular = resource("/fonts/DejaVuSans.ttf");
        this.bold = resource("/fonts/DejaVuSans-Bold.ttf");
    }

    /**
     * @param created the document's creation date; with it fixed (and the file identifier derived
     *        from it) the same markup always gives the same bytes
     */
    byte[] render(String xhtml, Instant created) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        // The markup refers to nothing outside itself; refusing every URI keeps it that way.
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer(PRODUCER);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new FixedDates(created));
            renderer.layout();
            renderer.createPDF();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * openhtmltopdf stamps the PDF with the time of rendering, in the document information and the
     * XMP metadata, and PDFBox seeds the file identifier with the clock unless given a document id;
     * this replaces all three just before the file is written.
     */
    private static final class FixedDates implements PDFCreationListener {

        private final Instant created;

        FixedDates(Instant created) {
            this.created = created;
        }

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDDocument document = renderer.getPdfDocument();
            Calendar calendar = GregorianCalendar.from(created.atZone(ZoneOffset.UTC));
            document.setDocumentId(created.toEpochMilli());
            document.getDocumentInformation().setCreationDate(calendar);
            document.getDocumentInformation().setModificationDate(calendar);
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return;
            }
            try {
                DomXmpParser parser = new DomXmpParser();
                parser.setStrictParsing(false);
                XMPMetadata xmp = parser.parse(metadata.toByteArray());
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic != null) {
                    basic.setCreateDate(calendar);
                    basic.setModifyDate(calendar);
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, bytes, true);
                metadata.importXMPMetadata(bytes.toByteArray());
            }
            catch (IOException | XmpParsingException | TransformerException e) {
                throw new IllegalStateException("Could not fix the dates in the PDF's metadata", e);
            }
        }
    }

    /** openhtmltopdf's own default store is a plain map, not safe for renders running at once. */
    private static final class ConcurrentCache implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> store = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            store.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return store.computeIfAbsent(key, missing -> {
                try {
                    return loader.call();
                }
                catch (Exception e) {
                    throw new IllegalStateException("Could not load font metrics for " + missing, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return store.get(key);
        }
    }
}
