package org.sendplan.validation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The English text of findings, from {@code messages-validation.properties} (UTF-8). Read here
 * rather than through Spring's {@code MessageSource} so rules stay pure functions, testable with
 * no application context; the formatting follows Spring's (and messages.properties') convention:
 * a message with arguments goes through {@link MessageFormat}, one without is used as written.
 */
final class Messages {

    static final String BUNDLE = "/messages-validation.properties";

    private static final Locale LOCALE = Locale.UK;

    private static final Properties MESSAGES = load();

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        String pattern = MESSAGES.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("No message " + key + " in " + BUNDLE);
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, LOCALE).format(arguments);
    }

    static boolean has(String key) {
        return MESSAGES.containsKey(key);
    }

    /** A label of an enumeration constant, e.g. {@code validation.rag.RED}. */
    static String label(String prefix, Enum<?> constant) {
        return get("validation." + prefix + "." + constant.name());
    }

    private static Properties load() {
        try (InputStream in = Messages.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
