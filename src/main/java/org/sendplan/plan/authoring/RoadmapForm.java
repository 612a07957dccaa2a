package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.RowKind;

/**
 * The Annex A Q5 page as typed. Rows are kept grouped by kind (building blocks in enum order, then
 * enablers, success measures and leading indicators, each in the order added), the order the
 * document stores them in, so row {@code i} of the form is {@code $.roadmap[i]}.
 */
public class RoadmapForm {

    /** Grouping order; within a group rows keep their order. */
    private static final Comparator<Row> GROUPED = Comparator
            .comparing((Row row) -> row.kindValue().ordinal())
            .thenComparing(row -> row.blockValue() == null ? -1 : row.blockValue().ordinal());

    private List<Row> rows = new ArrayList<>();

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    /** One row. Kind and building block come back from the browser as hidden fields and are checked. */
    public static class Row {

        private String kind;
        private String buildingBlock;
        private String name;
        private String y2026_27;
        private String y2027_28;
        private String y2028_29;

        static Row of(RowKind kind, BuildingBlock block) {
            Row row = new Row();
            row.kind = kind.name();
            row.buildingBlock = block == null ? null : block.name();
            return row;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getBuildingBlock() {
            return buildingBlock;
        }

        public void setBuildingBlock(String buildingBlock) {
            this.buildingBlock = buildingBlock;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getY2026_27() {
            return y2026_27;
        }

        public void setY2026_27(String y2026_27) {
            this.y2026_27 = y2026_27;
        }

        public String getY2027_28() {
            return y2027_28;
        }

        public void setY2027_28(String y2027_28) {
            this.y2027_28 = y2027_28;
        }

        public String getY2028_29() {
            return y2028_29;
        }

        public void setY2028_29(String y2028_29) {
            this.y2028_29 = y2028_29;
        }

        RowKind kindValue() {
            return parse(RowKind.class, kind);
        }

        BuildingBlock blockValue() {
            return parse(BuildingBlock.class, buildingBlock);
        }

        boolean isBlank() {
            return SectionText.isBlank(name) && SectionText.isBlank(y2026_27) && SectionText.isBlank(y2027_28)
                    && SectionText.isBlank(y2028_29);
        }
    }

    /** A row as the page shows it: its index in the form and document, and its number within its group. */
    public record Entry(int index, int number, Row row, boolean removable) {
    }

    public record Group(RowKind kind, List<Entry> entries) {
    }

    /** The rows under a heading per kind, for the page. */
    public List<Group> getGroups() {
        List<Group> groups = new ArrayList<>();
        for (RowKind kind : RowKind.values()) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).kindValue() == kind) {
                    entries.add(new Entry(i, entries.size() + 1, rows.get(i), removable(i)));
                }
            }
            groups.add(new Group(kind, List.copyOf(entries)));
        }
        return groups;
    }

    /** The form for a stored roadmap, with a row for each building block that has none (all four for a new one). */
    public static RoadmapForm from(List<RoadmapRow> roadmap) {
        RoadmapForm form = new RoadmapForm();
        for (RoadmapRow stored : roadmap) {
            Row row = Row.of(stored.kind(), stored.buildingBlock());
            row.name = stored.name();
            row.y2026_27 = stored.y2026_27();
            row.y2027_28 = stored.y2027_28();
            row.y2028_29 = stored.y2028_29();
            form.rows.add(row);
        }
        form.normalise();
        return form;
    }

    /**
     * Repairs what binding leaves and what only a tampered form sends: rows skipped by index, a kind or
     * building block that does not exist, a building block without a row. Then groups the rows.
     */
    void normalise() {
        List<Row> kept = new ArrayList<>();
        for (Row row : rows == null ? List.<Row>of() : rows) {
            if (row == null || row.kindValue() == null) {
                continue;
            }
            if (row.kindValue() == RowKind.BUILDING_BLOCK) {
                if (row.blockValue() == null) {
                    continue;
                }
                row.name = null;
            }
            else {
                row.buildingBlock = null;
            }
            kept.add(row);
        }
        for (BuildingBlock block : BuildingBlock.values()) {
            if (kept.stream().noneMatch(row -> row.kindValue() == RowKind.BUILDING_BLOCK && row.blockValue() == block)) {
                kept.add(Row.of(RowKind.BUILDING_BLOCK, block));
            }
        }
        kept.sort(GROUPED);
        rows = kept;
    }

    void add(RowKind kind) {
        if (kind != RowKind.BUILDING_BLOCK) {
            rows.add(Row.of(kind, null));
            rows.sort(GROUPED);
        }
    }

    /** The index a row added now of this kind will have: the end of its group. */
    public int nextIndex(RowKind kind) {
        return (int) rows.stream().filter(row -> row.kindValue().ordinal() <= kind.ordinal()).count();
    }

    void remove(int index) {
        if (index >= 0 && index < rows.size() && removable(index)) {
            rows.remove(index);
        }
    }

    /** Every building block keeps at least one row; anything else may go. */
    boolean removable(int index) {
        Row row = rows.get(index);
        if (row.kindValue() != RowKind.BUILDING_BLOCK) {
            return true;
        }
        return rows.stream().filter(other -> other != row)
                .anyMatch(other -> other.kindValue() == RowKind.BUILDING_BLOCK && other.blockValue() == row.blockValue());
    }

    /** The document part, in the form's order; rows other than building blocks are left out when nothing was typed. */
    List<RoadmapRow> toRoadmap() {
        return rows.stream()
                .filter(row -> row.kindValue() == RowKind.BUILDING_BLOCK || !row.isBlank())
                .map(row -> new RoadmapRow(row.kindValue(), row.blockValue(), SectionText.clean(row.name),
                        SectionText.clean(row.y2026_27), SectionText.clean(row.y2027_28),
                        SectionText.clean(row.y2028_29)))
                .toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (Objects.equals(constant.name(), value)) {
                return constant;
            }
        }
        return null;
    }
}
