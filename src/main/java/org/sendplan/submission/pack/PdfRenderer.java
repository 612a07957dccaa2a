package org.sendplan.submission.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders XHTML as a tagged PDF/UA-1 document in the embedded DejaVu Sans, never an operating
 * system font, so a pack looks the same wherever it is made. Reading the fonts and measuring
 * their glyphs is the slow part of a render, so the font bytes and openhtmltopdf's font metrics
 * are kept for the life of the renderer; both are immutable once read, so renders may run at once.
 */
final class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String PRODUCER = "sendplan";

    private final byte[] regular;
    private final byte[] bold;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new ConcurrentCache();

    PdfRenderer() {
        this.regular = resource("/fonts/DejaVuSans.ttf");
        this.bold = resource("/fonts/DejaVuSans-Bold.ttf");
    }

    byte[] render(String xhtml) {
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
        try {
            builder.run();
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
