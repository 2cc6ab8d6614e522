package org.tracebench.ui.sheets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.sheets.AttachmentField;
import org.tracebench.sheets.ColumnLayout;
import org.tracebench.sheets.ColumnPreset;
import org.tracebench.sheets.ColumnPresets;
import org.tracebench.sheets.ColumnSpec;

/**
 * The export dialog's state without the dialog: every field as a row (included or not, in order, with its
 * header), and the presets. Testable with plain JUnit.
 */
public final class ColumnChooserModel {

    /** One field of the export, shown as a row of the chooser. */
    public static final class ColumnRow {
        private final AttachmentField field;
        private final BooleanProperty included = new SimpleBooleanProperty();
        private final StringProperty header = new SimpleStringProperty();

        ColumnRow(AttachmentField field, boolean included, String header) {
            this.field = field;
            this.included.set(included);
            this.header.set(header);
        }

        public AttachmentField field() {
            return field;
        }

        public BooleanProperty includedProperty() {
            return included;
        }

        public StringProperty headerProperty() {
            return header;
        }
    }

    private final ColumnPresets presets;
    private final ObservableList<ColumnRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ColumnPreset> presetList = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnPreset> selectedPreset = new SimpleObjectProperty<>();

    public ColumnChooserModel(ColumnPresets presets) {
        this.presets = presets;
        reloadPresets();
        apply(ColumnPreset.attachmentA());
        selectedPreset.addListener((obs, old, preset) -> {
            if (preset != null) {
                apply(preset);
            }
        });
    }

    public ObservableList<ColumnRow> rows() {
        return rows;
    }

    public ObservableList<ColumnPreset> presets() {
        return presetList;
    }

    public ObjectProperty<ColumnPreset> selectedPresetProperty() {
        return selectedPreset;
    }

    /** Shows the preset's columns first, in its order and with its headers, then the unused fields unticked. */
    public void apply(ColumnPreset preset) {
        List<ColumnRow> result = new ArrayList<>();
        Set<AttachmentField> used = EnumSet.noneOf(AttachmentField.class);
        for (ColumnSpec column : preset.layout().columns()) {
            result.add(new ColumnRow(column.field(), true, column.header()));
            used.add(column.field());
        }
        for (AttachmentField field : AttachmentField.values()) {
            if (!used.contains(field)) {
                result.add(new ColumnRow(field, false, field.defaultHeader()));
            }
        }
        rows.setAll(result);
    }

    public void moveUp(int index) {
        if (index > 0 && index < rows.size()) {
            rows.add(index - 1, rows.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < rows.size() - 1) {
            rows.add(index + 1, rows.remove(index));
        }
    }

    /** The ticked columns in order. Throws IllegalArgumentException when none is ticked. */
    public ColumnLayout layout() {
        return new ColumnLayout(rows.stream().filter(r -> r.included.get())
                .map(r -> new ColumnSpec(r.field, r.header.get())).toList());
    }

    /** Saves the current layout as a preset and selects it. */
    public ColumnPreset saveAs(String name) {
        ColumnPreset saved = presets.save(name, layout());
        reloadPresets();
        presetList.stream().filter(p -> p.name().equals(saved.name())).findFirst().ifPresent(selectedPreset::set);
        return saved;
    }

    /** Deletes the selected preset unless it is the built-in one; returns whether one was deleted. */
    public boolean deleteSelected() {
        ColumnPreset preset = selectedPreset.get();
        if (preset == null || preset.builtIn()) {
            return false;
        }
        boolean deleted = presets.delete(preset.name());
        reloadPresets();
        selectedPreset.set(presetList.get(0));
        return deleted;
    }

    private void reloadPresets() {
        presetList.setAll(presets.all());
    }
}
