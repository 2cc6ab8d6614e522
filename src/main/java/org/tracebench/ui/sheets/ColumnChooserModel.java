package org.tracebench.ui.sheets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * The export dialog's state without the dialog: every field as a row (included or not, in order, with its
 * header), and the presets. The presets are read and written through the {@link TaskRunner}. Testable with
 * plain JUnit.
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
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    /** Set while a preset is selected that the rows already show, so the user's ticks are not undone. */
    private boolean shown;
    private final ObservableList<ColumnRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ColumnPreset> presetList = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnPreset> selectedPreset = new SimpleObjectProperty<>();

    public ColumnChooserModel(ColumnPresets presets, TaskRunner tasks, Dialogs dialogs) {
        this.presets = presets;
        this.tasks = tasks;
        this.dialogs = dialogs;
        apply(ColumnPreset.attachmentA());
        selectedPreset.addListener((obs, old, preset) -> {
            if (preset != null && !shown) {
                apply(preset);
            }
        });
        // The rows show the built-in preset from the start; the list names it once read.
        reloadPresets(null, () -> select(presetList.get(0), true));
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

    /**
     * Saves the current layout as a preset and selects it; {@code refused} gets the reason when there is no
     * column ticked or the name cannot be used.
     */
    public void saveAs(String name, Consumer<String> refused) {
        ColumnLayout layout;
        try {
            layout = layout();
        } catch (IllegalArgumentException e) {
            refused.accept(e.getMessage());
            return;
        }
        reloadPresets(() -> presets.save(name, layout).name(),
                () -> presetList.stream().filter(p -> p.name().equals(name.strip())).findFirst()
                        .ifPresent(selectedPreset::set), error -> {
                    if (error instanceof IllegalArgumentException) {
                        refused.accept(error.getMessage());
                    } else {
                        dialogs.error("The preset could not be saved", error);
                    }
                });
    }

    /** Deletes the selected preset unless it is the built-in one; returns whether one is being deleted. */
    public boolean deleteSelected() {
        ColumnPreset preset = selectedPreset.get();
        if (preset == null || preset.builtIn()) {
            return false;
        }
        reloadPresets(() -> presets.delete(preset.name()), () -> selectedPreset.set(presetList.get(0)));
        return true;
    }

    private void select(ColumnPreset preset, boolean alreadyShown) {
        shown = alreadyShown;
        try {
            selectedPreset.set(preset);
        } finally {
            shown = false;
        }
    }

    /** Runs {@code change} (may be null), reads the presets again and runs {@code then}. */
    private void reloadPresets(Supplier<?> change, Runnable then) {
        reloadPresets(change, then, error -> dialogs.error("The column presets could not be read or saved", error));
    }

    private void reloadPresets(Supplier<?> change, Runnable then, Consumer<Throwable> failed) {
        tasks.run(() -> {
            if (change != null) {
                change.get();
            }
            return presets.all();
        }, read -> {
            presetList.setAll(read);
            then.run();
        }, failed);
    }
}
