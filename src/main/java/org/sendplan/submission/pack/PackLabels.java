package org.sendplan.submission.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.CoreRequirementId;
import org.sendplan.plan.document.CoreRequirementSection;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.GovernanceKind;
import org.sendplan.plan.document.Impact;
import org.sendplan.plan.document.Likelihood;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.Rag;
import org.sendplan.plan.document.RowKind;
import org.sendplan.plan.document.SpendCategory;

/**
 * The words the pack uses for the plan's codes. They are the service's own labels, read from the
 * same message bundles as its pages, so a signatory sees in the pack exactly what they saw on
 * screen; they are read directly (not through Spring's {@code MessageSource}) so the pack can be
 * built and tested with no application context.
 */
final class PackLabels {

    private static final List<String> BUNDLES = List.of("/messages.properties", "/messages-header.properties",
            "/messages-tables.properties", "/messages-delivery.properties", "/messages-risks.properties",
            "/messages-attachments.properties");

    private static final Properties MESSAGES = load();

    private static final DateTimeFormatter LONDON_TIME = DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    static final String NOT_GIVEN = "Not given";

    private PackLabels() {
    }

    static String of(BuildingBlock block) {
        return block == null ? NOT_GIVEN : get("tables.buildingBlock." + block.name());
    }

    static String of(SignatoryRole role) {
        return get("header.signatoryRole." + role.name());
    }

    static String of(OrganisationType type) {
        return type == null ? NOT_GIVEN : get("header.organisationType." + type.name());
    }

    static String of(RowKind kind) {
        return switch (kind) {
            case BUILDING_BLOCK -> "Building block";
            case ENABLER -> "Enabler";
            case SUCCESS_MEASURE -> "Success measure";
            case LEADING_INDICATOR -> "Leading indicator";
        };
    }

    static String of(SpendCategory category) {
        return category == null ? NOT_GIVEN : get("delivery.category." + category.name());
    }

    static String of(FundingSource source) {
        return source == null ? NOT_GIVEN : get("delivery.source." + source.name());
    }

    /** Blank rather than "not given": only Experts at Hand lines have a class. */
    static String of(EahClass eahClass) {
        return eahClass == null ? "" : get("delivery.eahClass." + eahClass.name());
    }

    /** Blank rather than "not given": only workforce lines have a discipline. */
    static String of(Discipline discipline) {
        return discipline == null ? "" : get("delivery.discipline." + discipline.name());
    }

    static String of(Impact impact) {
        return impact == null ? NOT_GIVEN : get("risks.impact." + impact.name());
    }

    static String of(Likelihood likelihood) {
        return likelihood == null ? NOT_GIVEN : get("risks.likelihood." + likelihood.name());
    }

    static String of(Rag rag) {
        return rag == null ? NOT_GIVEN : get("risks.rag." + rag.name());
    }

    static String of(GovernanceKind kind) {
        return kind == null ? NOT_GIVEN : get("governance.kind." + kind.name());
    }

    /** e.g. {@code Q10 Risks}: the short headings of the plan's sections. */
    static String of(CoreRequirementSection section) {
        return get("coreRequirements.section." + section.name());
    }

    static String of(AttachmentSlot slot) {
        return slot == AttachmentSlot.OTHER ? "Other supporting file" : get("attachment.slot." + slot.name() + ".name");
    }

    static String group(CoreRequirementId id) {
        return get("coreRequirements.group." + id.group());
    }

    /** What the requirement asks for, in the service's words. */
    static String summary(CoreRequirementId id) {
        return get("coreRequirements.requirement." + id.code());
    }

    /** {@code £1,234.56}; blank for an amount left empty. */
    static String money(Money money) {
        return money == null ? "" : money.display();
    }

    static String money(BigDecimal amount) {
        return new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }

    /** e.g. {@code 3 December 2026, 14:05}, in UK time whatever the server's zone. */
    static String londonTime(Instant instant) {
        return LONDON_TIME.format(instant);
    }

    static String text(String value) {
        return value == null ? NOT_GIVEN : value;
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static String get(String key) {
        String label = MESSAGES.getProperty(key);
        if (label == null) {
            throw new IllegalStateException("No label " + key + " in " + BUNDLES);
        }
        return label;
    }

    private static Properties load() {
        Properties properties = new Properties();
        for (String bundle : BUNDLES) {
            try (InputStream in = PackLabels.class.getResourceAsStream(bundle)) {
                if (in == null) {
                    throw new IllegalStateException(bundle + " is not on the classpath");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
