package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument.Blueprint;
import org.sendplan.plan.document.PlanDocument.BlueprintRow;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.RowKind;

/**
 * The Annex A Q2 page as typed. {@code rows} holds the four building blocks in enum order first and
 * the enablers after them, exactly as the document stores them, so row {@code i} of the form is
 * {@code $.blueprint.rows[i]} and completion problems land on the right fields.
 */
public class BlueprintForm {

    private static final int BLOCKS = BuildingBlock.values().length;

    private List<Row> rows = new ArrayList<>();
    private List<Measure> successMeasures = new ArrayList<>();

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public List<Measure> getSuccessMeasures() {
        return successMeasures;
    }

    public void setSuccessMeasures(List<Measure> successMeasures) {
        this.successMeasures = successMeasures;
    }

    /** One row of the blueprint table; the building block is set by position, never by the browser. */
    public static class Row {

        private BuildingBlock buildingBlock;
        private String name;
        private String whereWeAre;
        private String whereWeWillBe;

        public BuildingBlock getBuildingBlock() {
            return buildingBlock;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getWhereWeAre() {
            return whereWeAre;
        }

        public void setWhereWeAre(String whereWeAre) {
            this.whereWeAre = whereWeAre;
        }

        public String getWhereWeWillBe() {
            return whereWeWillBe;
        }

        public void setWhereWeWillBe(String whereWeWillBe) {
            this.whereWeWillBe = whereWeWillBe;
        }

        boolean isBlank() {
            return SectionText.isBlank(name) && SectionText.isBlank(whereWeAre) && SectionText.isBlank(whereWeWillBe);
        }
    }

    public static class Measure {

        private String measure;
        private String baseline;
        private String target;

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }

        public String getBaseline() {
            return baseline;
        }

        public void setBaseline(String baseline) {
            this.baseline = baseline;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        boolean isBlank() {
            return SectionText.isBlank(measure) && SectionText.isBlank(baseline) && SectionText.isBlank(target);
        }
    }

    /** Index of the first enabler row. */
    public int getFirstEnabler() {
        return BLOCKS;
    }

    public int getEnablerCount() {
        return Math.max(0, rows.size() - BLOCKS);
    }

    /**
     * The form for a stored blueprint: a building block's first row (a plan imported through the API
     * may have more), then the enablers in order. An empty list gets one blank row at its end, which
     * moves no stored row, so the page can be filled in without pressing "Add" first.
     */
    static BlueprintForm from(Blueprint blueprint) {
        BlueprintForm form = new BlueprintForm();
        for (BuildingBlock block : BuildingBlock.values()) {
            Row row = new Row();
            blueprint.rows().stream()
                    .filter(stored -> stored.kind() == RowKind.BUILDING_BLOCK && stored.buildingBlock() == block)
                    .findFirst()
                    .ifPresent(stored -> {
                        row.whereWeAre = stored.whereWeAre();
                        row.whereWeWillBe = stored.whereWeWillBe();
                    });
            form.rows.add(row);
        }
        blueprint.rows().stream().filter(stored -> stored.kind() == RowKind.ENABLER).forEach(stored -> {
            Row row = new Row();
            row.name = stored.name();
            row.whereWeAre = stored.whereWeAre();
            row.whereWeWillBe = stored.whereWeWillBe();
            form.rows.add(row);
        });
        blueprint.successMeasures().forEach(stored -> {
            Measure measure = new Measure();
            measure.measure = stored.measure();
            measure.baseline = stored.baseline();
            measure.target = stored.target();
            form.successMeasures.add(measure);
        });
        if (form.getEnablerCount() == 0) {
            form.rows.add(new Row());
        }
        if (form.successMeasures.isEmpty()) {
            form.successMeasures.add(new Measure());
        }
        form.normalise();
        return form;
    }

    /**
     * Repairs what binding leaves: rows skipped by index are null, a tampered form may lack a
     * building block row. Building blocks are assigned by position.
     */
    void normalise() {
        rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
        rows.replaceAll(row -> row == null ? new Row() : row);
        while (rows.size() < BLOCKS) {
            rows.add(new Row());
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).buildingBlock = i < BLOCKS ? BuildingBlock.values()[i] : null;
            if (i < BLOCKS) {
                rows.get(i).name = null;
            }
        }
        successMeasures = successMeasures == null ? new ArrayList<>() : new ArrayList<>(successMeasures);
        successMeasures.replaceAll(measure -> measure == null ? new Measure() : measure);
    }

    void addEnabler() {
        rows.add(new Row());
    }

    void removeEnabler(int index) {
        if (index >= BLOCKS && index < rows.size()) {
            rows.remove(index);
        }
    }

    void addMeasure() {
        successMeasures.add(new Measure());
    }

    void removeMeasure(int index) {
        if (index >= 0 && index < successMeasures.size()) {
            successMeasures.remove(index);
        }
    }

    /** The document part: the four building blocks, then the enablers and measures that have anything typed. */
    Blueprint toBlueprint() {
        List<BlueprintRow> stored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (i < BLOCKS) {
                stored.add(new BlueprintRow(RowKind.BUILDING_BLOCK, row.buildingBlock, null,
                        SectionText.clean(row.whereWeAre), SectionText.clean(row.whereWeWillBe)));
            }
            else if (!row.isBlank()) {
                stored.add(new BlueprintRow(RowKind.ENABLER, null, SectionText.clean(row.name),
                        SectionText.clean(row.whereWeAre), SectionText.clean(row.whereWeWillBe)));
            }
        }
        List<SuccessMeasure> measures = successMeasures.stream()
                .filter(measure -> !measure.isBlank())
                .map(measure -> new SuccessMeasure(SectionText.clean(measure.measure),
                        SectionText.clean(measure.baseline), SectionText.clean(measure.target)))
                .toList();
        return new Blueprint(stored, measures);
    }
}
