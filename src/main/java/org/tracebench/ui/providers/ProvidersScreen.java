package org.tracebench.ui.providers;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tracebench.model.Provider;
import org.tracebench.ui.Screen;
import org.tracebench.ui.ScreenContext;

/** Every provider and caller with its aliases and RMD standing. */
public final class ProvidersScreen implements Screen {

    private final ScreenContext context;
    private final TableView<Provider> table = new TableView<>();
    private final TextField search = new TextField();
    private final FilteredList<Provider> visible = new FilteredList<>(FXCollections.observableArrayList());
    private final VBox view = new VBox(8);

    public ProvidersScreen(ScreenContext context) {
        this.context = context;
        table.setId("provider-table");
        table.getColumns().add(column("Name", Provider::name, 260));
        table.getColumns().add(column("Kind", p -> lower(p.kind().name()), 80));
        table.getColumns().add(column("Aliases", p -> String.join("; ", p.aliases()), 240));
        table.getColumns().add(column("RMD", p -> lower(p.rmdStatus().name()), 90));
        table.getColumns().add(column("RMD number", p -> p.rmdNumber() == null ? "" : p.rmdNumber(), 100));
        table.getColumns().add(column("Foreign", p -> p.foreign() ? "yes" : "", 60));
        table.getColumns().add(column("Country", p -> p.country() == null ? "" : p.country(), 110));
        table.getColumns().add(column("Illustrative", p -> p.illustrative() ? "yes" : "", 80));
        table.setItems(visible);
        search.setPromptText("Search providers and their aliases");
        search.textProperty().addListener((obs, old, text) -> visible.setPredicate(p -> matches(p, text)));
        Label title = new Label("Providers");
        title.getStyleClass().add("screen-title");
        view.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        view.getChildren().addAll(title, search, table);
    }

    private static boolean matches(Provider provider, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return provider.name().toLowerCase(Locale.ROOT).contains(needle)
                || provider.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static TableColumn<Provider, String> column(String name, Function<Provider, String> value, double width) {
        TableColumn<Provider, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        ((javafx.collections.ObservableList<Provider>) visible.getSource()).setAll(context.workbench().providers().findAll());
    }
}
