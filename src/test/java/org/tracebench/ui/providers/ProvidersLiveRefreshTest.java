package org.tracebench.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tracebench.app.Workbench;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.EnforcementKind;
import org.tracebench.model.Provider;
import org.tracebench.model.RecordFields;
import org.tracebench.ui.ScreenFixture;
import org.tracebench.ui.Settle;

/**
 * Someone else edits the provider on view and records an enforcement action against it: the Providers screen
 * shows both, keeping the provider selected and the list where it was. The look for changes is triggered by
 * the test, never waited for.
 */
@ExtendWith(ApplicationExtension.class)
class ProvidersLiveRefreshTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private ScreenFixture fixture;
    private ProvidersScreen screen;

    @Start
    void start(Stage stage) {
        fixture = ScreenFixture.withSamples(dir);
        workbench = fixture.workbench();
        screen = new ProvidersScreen(fixture.context(stage));
        fixture.show(stage, screen, 1240, 780);
    }

    @BeforeEach
    void settle() {
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void lookForChanges(FxRobot robot) {
        robot.interact(screen::lookForOthersChanges);
        // The look, then the list, then the provider's detail: each answer starts the next read.
        Settle.down();
        Settle.down();
        Settle.down();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProviderEditedByAnotherUserShowsAndStaysSelected(FxRobot robot) {
        TableView<Provider> table = robot.lookup("#provider-table").queryAs(TableView.class);
        Provider pz = workbench.providers().findByName("PZ/Illum").orElseThrow();
        robot.interact(() -> table.getItems().stream().filter(p -> p.id() == pz.id()).findFirst()
                .ifPresent(p -> table.getSelectionModel().select(p)));
        Settle.down();
        int index = table.getSelectionModel().getSelectedIndex();
        assertThat(index).isGreaterThanOrEqualTo(0);
        int rows = table.getItems().size();

        Provider base = workbench.providers().find(pz.id()).orElseThrow();
        workbench.casework().editor().saveProvider(base, RecordFields.with(base, "frn", "0099887766"));
        workbench.casework().editor().addEnforcementAction(new EnforcementAction(0, pz.id(), EnforcementKind.CEASE_AND_DESIST,
                LocalDate.of(2026, 11, 2), "EB-TCD-26-0001 (colleague)", "FCC Enforcement Bureau", "Recorded by a colleague", null));
        lookForChanges(robot);

        assertThat(table.getItems()).hasSize(rows);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(index);
        assertThat(table.getSelectionModel().getSelectedItem().frn()).isEqualTo("0099887766");
        assertThat(robot.lookup("#provider-detail").lookup((Label l) -> l.getText() != null
                && l.getText().contains("0099887766")).tryQuery()).isPresent();
        ListView<EnforcementAction> history = robot.lookup("#enforcement-history").queryAs(ListView.class);
        assertThat(history.getItems()).anyMatch(a -> "EB-TCD-26-0001 (colleague)".equals(a.fileNumber()));
    }
}
