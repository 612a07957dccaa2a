package org.sendplan.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.sendplan.plan.PlanSection;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.validation.FindingSections;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * "What changed since review": the reviewed {@code sendplan/v1} document against the plan now,
 * section by section. Narratives are compared word by word ({@link WordDiff}); tables row by row,
 * matching rows by a natural key where the table has one (a governance mechanism, a requirement
 * id, a building block) and by position otherwise, and listing the fields that differ.
 *
 * <p>Both sides are compared as the JSON the same mapper writes, so a value that did not change
 * always reads the same (money is text, enumerations are their names).
 */
@Component
class PlanChanges {

    enum RowKind {
        ADDED, REMOVED, CHANGED
    }

    record FieldChange(String label, String before, String after) {
    }

    /** One row that was added, removed or changed, labelled by its number in its own version. */
    record RowChange(RowKind kind, String label, List<FieldChange> fields) {
    }

    record TableChanges(String table, String caption, List<RowChange> rows) {
    }

    record NarrativeChange(NarrativeKey key, List<WordDiff.Segment> segments, boolean changed) {
    }

    record SectionChanges(PlanSection section, List<NarrativeChange> narratives, List<TableChanges> tables) {

        public boolean changed() {
            return narratives.stream().anyMatch(NarrativeChange::changed) || !tables.isEmpty();
        }
    }

    /**
     * A table of the document: where its rows are, the fields that identify a row (none: by
     * position), and the section it belongs to (attachments belong to the section of their slot).
     */
    private record Table(String key, PlanSection section, Function<JsonNode, List<JsonNode>> rows,
            List<String> naturalKey) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("header", PlanSection.HEADER, doc -> List.of(doc.path("header")), List.of()),
            new Table("signatories", PlanSection.HEADER, doc -> list(doc.path("signatories")), List.of("role")),
            new Table("blueprintRows", PlanSection.Q2_BLUEPRINT, doc -> list(doc.path("blueprint").path("rows")),
                    List.of("kind", "buildingBlock", "name")),
            new Table("successMeasures", PlanSection.Q2_BLUEPRINT,
                    doc -> list(doc.path("blueprint").path("successMeasures")), List.of()),
            new Table("roadmap", PlanSection.Q5_ROADMAP, doc -> list(doc.path("roadmap")),
                    List.of("kind", "buildingBlock", "name")),
            new Table("workstreams", PlanSection.Q6_DELIVERY, doc -> list(doc.path("deliveryPlan")), List.of("name")),
            new Table("allocation", PlanSection.Q6_DELIVERY, PlanChanges::allocation, List.of()),
            new Table("spendLines", PlanSection.Q6_DELIVERY, doc -> list(doc.path("funding").path("spend")), List.of()),
            new Table("baselineSpend", PlanSection.Q6_DELIVERY,
                    doc -> list(doc.path("funding").path("baselineServiceSpend")), List.of("service")),
            new Table("risks", PlanSection.Q10_RISKS, doc -> list(doc.path("risks")), List.of()),
            new Table("governance", PlanSection.Q14_GOVERNANCE, doc -> list(doc.path("governance")),
                    List.of("mechanism")),
            new Table("coreRequirements", PlanSection.CORE_REQUIREMENTS, doc -> list(doc.path("coreRequirements")),
                    List.of("id")));

    private final JsonMapper json;
    private final MessageSource messages;

    PlanChanges(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Every section in task-list order, each with its narrative comparisons and the tables that changed. */
    List<SectionChanges> compare(String reviewedJson, PlanDocument current) {
        JsonNode before = json.readTree(reviewedJson);
        JsonNode after = json.valueToTree(current);
        List<SectionChanges> sections = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            List<NarrativeChange> narratives = new ArrayList<>();
            for (NarrativeKey key : NarrativeKey.values()) {
                if (FindingSections.sectionOf(key) == section) {
                    List<WordDiff.Segment> segments = WordDiff.diff(text(before.path("narratives").path(key.name())),
                            text(after.path("narratives").path(key.name())));
                    narratives.add(new NarrativeChange(key, segments, WordDiff.changed(segments)));
                }
            }
            List<TableChanges> tables = new ArrayList<>();
            for (Table table : TABLES) {
                if (table.section() == section) {
                    changes(table.key(), table.rows().apply(before), table.rows().apply(after), table.naturalKey())
                            .ifPresent(tables::add);
                }
            }
            attachmentChanges(section, before, after).ifPresent(tables::add);
            sections.add(new SectionChanges(section, List.copyOf(narratives), List.copyOf(tables)));
        }
        return List.copyOf(sections);
    }

    private Optional<TableChanges> attachmentChanges(PlanSection section, JsonNode before, JsonNode after) {
        Function<JsonNode, List<JsonNode>> ofSection = doc -> list(doc.path("attachments")).stream()
                .filter(row -> slot(row).flatMap(FindingSections::sectionOf).filter(section::equals).isPresent())
                .toList();
        return changes("attachments", ofSection.apply(before), ofSection.apply(after), List.of("slot"));
    }

    private Optional<TableChanges> changes(String table, List<JsonNode> before, List<JsonNode> after,
            List<String> naturalKey) {
        Map<String, Integer> beforeIndex = new LinkedHashMap<>();
        List<String> beforeKeys = keys(before, naturalKey);
        for (int i = 0; i < beforeKeys.size(); i++) {
            beforeIndex.put(beforeKeys.get(i), i);
        }
        List<String> afterKeys = keys(after, naturalKey);
        List<RowChange> rows = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Map<String, String> now = flatten(after.get(i));
            Integer was = beforeIndex.remove(afterKeys.get(i));
            if (was == null) {
                rows.add(new RowChange(RowKind.ADDED, rowLabel(table, i), fields(Map.of(), now)));
                continue;
            }
            List<FieldChange> changed = fields(flatten(before.get(was)), now);
            if (!changed.isEmpty()) {
                rows.add(new RowChange(RowKind.CHANGED, rowLabel(table, i), changed));
            }
        }
        beforeIndex.values().forEach(i -> rows.add(new RowChange(RowKind.REMOVED, rowLabel(table, i),
                fields(flatten(before.get(i)), Map.of()))));
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new TableChanges(table, message("review.table." + table, table), List.copyOf(rows)));
    }

    /** Each row's natural key; a repeated key gets its occurrence number so every row has its own. */
    private static List<String> keys(List<JsonNode> rows, List<String> naturalKey) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (naturalKey.isEmpty()) {
                keys.add("#" + i);
                continue;
            }
            JsonNode row = rows.get(i);
            StringBuilder key = new StringBuilder();
            naturalKey.forEach(field -> key.append(text(row.path(field))).append('\u0000'));
            int occurrence = seen.merge(key.toString(), 1, Integer::sum);
            keys.add(key + "#" + occurrence);
        }
        return keys;
    }

    /** The fields whose text differs, in the order the row has them; blanks on both sides are left out. */
    private List<FieldChange> fields(Map<String, String> before, Map<String, String> after) {
        LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
        after.keySet().forEach(name -> names.put(name, true));
        before.keySet().forEach(name -> names.put(name, true));
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names.keySet()) {
            String was = before.get(name);
            String now = after.get(name);
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(message("review.field." + name, name), display(was), display(now)));
            }
        }
        return changes;
    }

    /** A row as field path to text: {@code quarters.Q2.milestone}; a list of members is one line of text. */
    private static Map<String, String> flatten(JsonNode row) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", row, fields);
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                flatten(prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey(), property.getValue(),
                        fields);
            }
            return;
        }
        String value = node.isArray() ? listText(node) : text(node);
        if (value != null && !value.isEmpty()) {
            fields.put(prefix, value);
        }
    }

    private static String listText(JsonNode array) {
        List<String> items = new ArrayList<>();
        boolean objects = false;
        for (JsonNode item : array) {
            objects |= item.isObject();
            if (item.isObject()) {
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, JsonNode> property : item.properties()) {
                    JsonNode value = property.getValue();
                    if (value.isBoolean()) {
                        if (value.booleanValue()) {
                            parts.add(property.getKey());
                        }
                    }
                    else if (text(value) != null) {
                        parts.add(text(value));
                    }
                }
                items.add(String.join(", ", parts));
            }
            else if (text(item) != null) {
                items.add(text(item));
            }
        }
        return String.join(objects ? "; " : ", ", items);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        return node.isString() ? node.stringValue() : node.toString();
    }

    /** Enumeration names and booleans in words; other text as typed. */
    private String display(String value) {
        if (value == null) {
            return null;
        }
        if (value.matches("[A-Z][A-Z0-9_]*(, [A-Z][A-Z0-9_]*)*|true|false")) {
            List<String> words = new ArrayList<>();
            for (String name : value.split(", ")) {
                words.add(message("review.value." + name, humanise(name)));
            }
            return String.join(", ", words);
        }
        return value;
    }

    private static String humanise(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String rowLabel(String table, int index) {
        return messages.getMessage("review.row." + table, new Object[] { index + 1 }, Locale.UK);
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Locale.UK);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> rows = new ArrayList<>();
        array.forEach(rows::add);
        return rows;
    }

    /** The allocation is the one figure of {@code funding} outside its tables: a table of one row. */
    private static List<JsonNode> allocation(JsonNode document) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put("eahAllocation", text(document.path("funding").path("eahAllocation")));
        return List.of(row);
    }

    private static Optional<AttachmentSlot> slot(JsonNode attachment) {
        try {
            return Optional.of(AttachmentSlot.valueOf(attachment.path("slot").asString()));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
