package org.tracebench.ui.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.sheets.AttachmentField;
import org.tracebench.sheets.ColumnPreset;
import org.tracebench.sheets.ColumnPresets;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;

/** The column chooser's state and presets, read and saved inline on the test's thread. */
class ColumnChooserModelTest {

    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void startsWithTheLettersColumnsTickedAndTheExtrasUnticked() {
        try (Database database = Database.open(DatabaseLocation.inDirectory(dir))) {
            ColumnChooserModel model = new ColumnChooserModel(new Workbench(database).columnPresets(), new InlineTaskRunner(), dialogs);
            assertThat(model.rows()).hasSize(AttachmentField.values().length);
            assertThat(model.layout().format())
                    .isEqualTo("customer,notified,call-time,caller-id,called-number,description,violation");
        }
    }

    @Test
    void tickOrderRenameSaveAndReapplyAPreset() {
        try (Database database = Database.open(DatabaseLocation.inDirectory(dir))) {
            ColumnPresets presets = new Workbench(database).columnPresets();
            ColumnChooserModel model = new ColumnChooserModel(presets, new InlineTaskRunner(), dialogs);
            model.rows().get(0).includedProperty().set(false); // no customer
            model.moveUp(2); // call-time before notified
            model.rows().get(1).headerProperty().set("Call time");
            model.rows().stream().filter(r -> r.field() == AttachmentField.TRACEBACK_ID).findFirst().orElseThrow()
                    .includedProperty().set(true);
            String expected = "call-time=Call time,notified,caller-id,called-number,description,violation,traceback-id";
            assertThat(model.layout().format()).isEqualTo(expected);

            model.saveAs("Mine", refused -> { throw new AssertionError(refused); });
            assertThat(model.selectedPresetProperty().get().name()).isEqualTo("Mine");
            model.selectedPresetProperty().set(model.presets().get(0));
            assertThat(model.layout().format()).startsWith("customer,");
            model.selectedPresetProperty().set(model.presets().get(1));
            assertThat(model.layout().format()).isEqualTo(expected);

            assertThat(model.deleteSelected()).isTrue();
            assertThat(model.presets()).extracting(ColumnPreset::name).containsExactly(ColumnPreset.BUILT_IN_NAME);
            assertThat(model.deleteSelected()).isFalse();
        }
    }

    @Test
    void noTickedColumnIsRefused() {
        try (Database database = Database.open(DatabaseLocation.inDirectory(dir))) {
            ColumnChooserModel model = new ColumnChooserModel(new Workbench(database).columnPresets(), new InlineTaskRunner(), dialogs);
            model.rows().forEach(r -> r.includedProperty().set(false));
            assertThatThrownBy(model::layout).hasMessage("choose at least one column");
            model.moveDown(model.rows().size() - 1); // at the end: nothing happens
            model.moveUp(0);
            assertThat(model.rows().get(0).field()).isEqualTo(AttachmentField.CUSTOMER);
        }
    }
}
