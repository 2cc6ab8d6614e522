package org.tracebench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracebench.ui.Settle;
import org.tracebench.app.Workbench;
import org.tracebench.graph.Party;
import org.tracebench.graph.ViewGraph;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.common.BackgroundWork;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.UiSettings;
import org.tracebench.ui.common.WorkbenchState;

@ExtendWith(ApplicationExtension.class)
class GraphScreenTest {

    private static final String PZ = "PZ/Illum Telecommunication Telecommunication LLC";

    @TempDir
    static Path dir;

    private Workbench workbench;
    private BackgroundWork work;
    private Preferences prefs;
    private GraphScreen screen;

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        workbench.samples().load();
        WorkbenchState state = new WorkbenchState();
        state.selectedCaseProperty().set(workbench.cases().summaries().stream()
                .filter(s -> s.caseFile().key().equals("pz-illum-2021")).findFirst().orElseThrow());
        work = new BackgroundWork();
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        ScreenContext context = new ScreenContext(workbench, state, work, new UiSettings(prefs), () -> stage, id -> { });
        screen = new GraphScreen(context);
        stage.setScene(new Scene((Parent) screen.view(), 1240, 760));
        stage.show();
    }

    /** The screens read the store in the background after start-up; tests begin once that is done. */
    @BeforeEach
    void settle() {
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        work.close();
        workbench.close();
        prefs.removeNode();
    }

    private GraphViewModel loaded() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> screen.model().loaded() && !work.runningProperty().get());
        Settle.down();
        return screen.model();
    }

    private int indexOf(String name) {
        ViewGraph view = screen.model().view();
        for (int i = 0; i < view.size(); i++) {
            if (view.node(i).label().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not shown");
    }

    private Point2D onScreen(int index) {
        double[] local = screen.graphCanvas().screenOf(index);
        return screen.graphCanvas().canvas().localToScreen(local[0], local[1]);
    }

    @Test
    void showsThePzIllumCaseLeftToRightWithCustomersUpstream(FxRobot robot) throws Exception {
        GraphViewModel model = loaded();
        ViewGraph view = model.view();
        assertThat(view.size()).isEqualTo(17);
        int pz = indexOf(PZ);
        int transit = indexOf("Sample Transit Networks");
        int terminating = indexOf("Sample Terminating Carrier 1");
        var p = model.placement();
        assertThat(p.x(pz)).isLessThan(p.x(transit));
        assertThat(p.x(transit)).isLessThan(p.x(terminating));
        for (int v = 0; v < view.size(); v++) {
            Party party = view.node(v).party();
            if (party.isCustomer()) {
                assertThat(p.x(v)).as(party.name()).isLessThan(p.x(pz));
            }
        }
        robot.interact(() -> SceneShots.saveIfRequested(screen.view().getScene(), "graph-pz-illum.png"));
    }

    @Test
    void clickSelectsAProviderAndShowsItsDossierShiftClickAddsAnother(FxRobot robot) throws Exception {
        GraphViewModel model = loaded();
        int pz = indexOf(PZ);
        robot.clickOn(onScreen(pz));
        Settle.down();
        assertThat(model.selection()).containsExactly(model.view().node(pz).key());
        assertThat(robot.lookup("#dossier-name").queryAs(Label.class).getText()).isEqualTo(PZ);
        assertThat(robot.lookup("#dossier-tracebacks").queryAs(Label.class).getText()).isEqualTo("Tracebacks: 78");
        robot.interact(() -> SceneShots.saveIfRequested(screen.view().getScene(), "graph-pz-illum-dossier.png"));

        int transit = indexOf("Sample Transit Networks");
        robot.press(KeyCode.SHIFT).clickOn(onScreen(transit)).release(KeyCode.SHIFT);
        Settle.down();
        assertThat(model.selection()).hasSize(2);
        robot.interact(() -> SceneShots.saveIfRequested(screen.view().getScene(), "graph-pz-illum-selected.png"));
    }

    @Test
    void filtersDropCustomersAndComeBackWhenCleared(FxRobot robot) throws Exception {
        GraphViewModel model = loaded();
        robot.clickOn("#filter-customers");
        Settle.down();
        assertThat(model.view().size()).isEqualTo(3);
        assertThat(model.view().nodes()).noneMatch(n -> n.party().isCustomer());
        robot.clickOn("#filter-rmd-not_filed");
        Settle.down();
        assertThat(model.view().size()).isZero();
        robot.clickOn("#graph-undo");
        Settle.down();
        assertThat(model.view().size()).isEqualTo(3);
        // The reset button is at the foot of the filter panel: scroll to it as a user would.
        robot.interact(() -> {
            javafx.scene.Node node = robot.lookup("#filter-reset").query();
            while (node != null && !(node instanceof javafx.scene.control.ScrollPane)) {
                node = node.getParent();
            }
            if (node instanceof javafx.scene.control.ScrollPane pane) {
                pane.setVvalue(pane.getVmax());
            }
        });
        robot.clickOn("#filter-reset");
        Settle.down();
        assertThat(model.view().size()).isEqualTo(17);
    }

    @Test
    void focusThenExpandGrowsTheViewByDepth(FxRobot robot) throws Exception {
        GraphViewModel model = loaded();
        robot.clickOn(onScreen(indexOf("Sample Transit Networks")));
        robot.clickOn("#graph-focus");
        Settle.down();
        assertThat(model.view().size()).isEqualTo(1);
        robot.clickOn("#graph-expand");
        Settle.down();
        assertThat(model.view().nodes()).extracting(ViewGraph.Node::label)
                .containsExactlyInAnyOrder("Sample Transit Networks", PZ, "Sample Terminating Carrier 1");
        robot.interact(() -> screen.graphCanvas().fit());
        robot.interact(() -> {
            model.selection().clear();
            model.selection().add(model.view().node(indexOf(PZ)).key());
        });
        robot.clickOn("#graph-expand");
        Settle.down();
        assertThat(model.view().size()).isEqualTo(17);
        robot.clickOn("#graph-undo");
        Settle.down();
        assertThat(model.view().size()).isEqualTo(3);
    }

    @Test
    void searchCentresAndSelectsTheProvider(FxRobot robot) throws Exception {
        GraphViewModel model = loaded();
        robot.clickOn("#graph-search").write("Go4Customer").type(KeyCode.ENTER);
        Settle.down();
        int index = indexOf("Go4Customer");
        assertThat(model.selection()).containsExactly(model.view().node(index).key());
        double[] at = screen.graphCanvas().screenOf(index);
        assertThat(at[0]).isCloseTo(screen.graphCanvas().getWidth() / 2, org.assertj.core.data.Offset.offset(1.0));
    }
}
