package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.Rag;

class MessagesTests {

    @Test
    void readsUtf8() {
        assertThat(Messages.get("validation.signatoryRole.LA_DCS")).isEqualTo("LA Director of Children’s Services");
    }

    @Test
    void formatsArgumentsTheBritishWay() {
        assertThat(Messages.get("validation.RISK-COUNT.tooMany", 1234, 5))
                .isEqualTo("The plan lists 1,234 risks; at most 5 are allowed");
    }

    @Test
    void labelsEnumerationConstants() {
        assertThat(Messages.label("rag", Rag.AMBER)).isEqualTo("amber");
    }

    @Test
    void unknownKeyIsAProgrammingError() {
        assertThatIllegalStateException().isThrownBy(() -> Messages.get("validation.nonsense"));
    }

    /** MessageFormat would silently drop text after a lone ASCII apostrophe; the bundle uses ’ instead. */
    @Test
    void everyMessageIsAValidPatternWithoutAsciiApostrophes() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(Messages.BUNDLE)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(properties).isNotEmpty();
        for (String key : properties.stringPropertyNames()) {
            String pattern = properties.getProperty(key);
            assertThat(key).startsWith("validation.");
            assertThat(pattern).as(key).doesNotContain("'").isNotBlank();
            new MessageFormat(pattern, Locale.UK);
        }
    }
}
