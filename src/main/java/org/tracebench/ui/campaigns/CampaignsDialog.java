package org.tracebench.ui.campaigns;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tracebench.ingest.CampaignMerges;
import org.tracebench.ingest.CampaignProposals;
import org.tracebench.model.CampaignMerge;
import org.tracebench.model.CaseFile;
import org.tracebench.ui.cases.Columns;

/**
 * Campaigns under their canonical names with their aliases, the proposed merges (variants and likely typos) to
 * accept, merging by hand, and the merges with their undoing. The logic is in {@link CampaignsViewModel}.
 */
public final class CampaignsDialog extends Dialog<Void> {

    private final CampaignsViewModel model;
    private final TableView<CampaignMerges.Listed> campaigns = Columns.table("campaigns-table", "No campaign has calls.");
    private final TableView<CampaignProposals.Proposal> proposals = Columns.table("proposals-table", "No merge is proposed.");
    private final TableView<CampaignMerge> merges = Columns.table("campaign-merges-table", "No campaign merged yet.");
    private final ComboBox<String> into = new ComboBox<>();

    public CampaignsDialog(CampaignsViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Campaigns");
        setHeaderText("Campaigns under their canonical names. A merge changes the name calls count under in findings and"
                + " letter sentences; each call keeps its recorded description (Attachment A does not change).");
        setResizable(true);

        ComboBox<CaseFile> caseChoice = new ComboBox<>();
        caseChoice.setId("campaigns-case");
        caseChoice.setPromptText("All cases");
        caseChoice.setCellFactory(list -> new CaseCell());
        caseChoice.setButtonCell(new CaseCell());
        model.cases().addListener((javafx.collections.ListChangeListener<CaseFile>) change -> {
            caseChoice.getItems().setAll(model.cases());
            caseChoice.getItems().add(0, null);
        });
        caseChoice.valueProperty().bindBidirectional(model.caseFilterProperty());
        HBox filter = new HBox(8, new Label("Case:"), caseChoice);
        filter.setAlignment(Pos.CENTER_LEFT);

        campaigns.getColumns().add(Columns.text("Campaign", CampaignMerges.Listed::name, 260));
        campaigns.getColumns().add(Columns.fixed(Columns.number("Calls", CampaignMerges.Listed::calls, 70)));
        campaigns.getColumns().add(Columns.wrapping("Aliases (calls)", c -> String.join("; ", c.aliases().stream()
                .map(a -> a.name() + " (" + a.calls() + ")").toList()), 420));
        campaigns.setItems(model.campaigns());
        into.setId("merge-into-campaign");
        into.setEditable(true);
        into.setPromptText("Merge into…");
        into.setPrefWidth(260);
        model.campaigns().addListener((javafx.collections.ListChangeListener<CampaignMerges.Listed>) change ->
                into.getItems().setAll(model.campaigns().stream().map(CampaignMerges.Listed::name).sorted().toList()));
        Button merge = new Button("Merge", new FontIcon(Feather.GIT_MERGE));
        merge.setId("merge-campaign");
        merge.disableProperty().bind(campaigns.getSelectionModel().selectedItemProperty().isNull());
        merge.setOnAction(e -> model.merge(campaigns.getSelectionModel().getSelectedItem(),
                into.getEditor().getText() == null || into.getEditor().getText().isBlank() ? into.getValue() : into.getEditor().getText()));
        HBox mergeBar = new HBox(8, new Label("Merge the selected campaign into"), into, merge);
        mergeBar.setAlignment(Pos.CENTER_LEFT);

        proposals.getColumns().add(Columns.text("Campaign", CampaignProposals.Proposal::from, 240));
        proposals.getColumns().add(Columns.text("Proposed canonical name", p -> p.into()
                + (p.intoIsNew() ? " (common name)" : ""), 260));
        proposals.getColumns().add(Columns.fixed(Columns.number("Calls", CampaignProposals.Proposal::calls, 70)));
        proposals.getColumns().add(Columns.text("Why", p -> p.why().text(), 300));
        proposals.setItems(model.proposals());
        Button accept = new Button("Accept", new FontIcon(Feather.CHECK));
        accept.setId("accept-proposal");
        accept.disableProperty().bind(proposals.getSelectionModel().selectedItemProperty().isNull());
        accept.setOnAction(e -> model.accept(proposals.getSelectionModel().getSelectedItem()));
        Button acceptAll = new Button("Accept all");
        acceptAll.setId("accept-all-proposals");
        acceptAll.disableProperty().bind(Bindings.isEmpty(model.proposals()));
        acceptAll.setOnAction(e -> model.acceptAll());
        HBox proposalBar = new HBox(8, accept, acceptAll);

        merges.getColumns().add(Columns.fixed(Columns.text("When", m -> CampaignsViewModel.WHEN.format(m.mergedAt()), 130)));
        merges.getColumns().add(Columns.text("Who", CampaignMerge::actor, 70));
        merges.getColumns().add(Columns.text("Merged", CampaignMerge::sourceName, 220));
        merges.getColumns().add(Columns.text("Into", CampaignMerge::targetName, 220));
        merges.getColumns().add(Columns.fixed(Columns.number("Calls", CampaignMerge::calls, 60)));
        merges.getColumns().add(Columns.text("Undone", m -> m.undone()
                ? CampaignsViewModel.WHEN.format(m.undoneAt()) + " by " + m.undoneBy() : "", 170));
        merges.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CampaignMerge merge, boolean empty) {
                super.updateItem(merge, empty);
                setOpacity(!empty && merge != null && merge.undone() ? 0.55 : 1); // kept listed for the record
            }
        });
        merges.setItems(model.merges());
        Button undo = new Button("Undo merge", new FontIcon(Feather.ROTATE_CCW));
        undo.setId("undo-campaign-merge");
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> merges.getSelectionModel().getSelectedItem() == null
                || merges.getSelectionModel().getSelectedItem().undone(), merges.getSelectionModel().selectedItemProperty()));
        undo.setOnAction(e -> model.undo(merges.getSelectionModel().getSelectedItem()));
        Label outcome = new Label();
        outcome.setId("campaigns-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(model.outcomeProperty());
        // The outcome gives way (wrapping) before the button does.
        outcome.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        HBox undoBar = new HBox(8, outcome, undo);
        undoBar.setAlignment(Pos.CENTER_LEFT);

        // Sized to fit a 1280 x 800 screen whole, buttons included.
        campaigns.setPrefHeight(200);
        proposals.setPrefHeight(150);
        merges.setPrefHeight(130);
        VBox content = new VBox(6, filter, heading("Campaigns"), campaigns, mergeBar, heading("Proposed merges"), proposals,
                proposalBar, heading("Merges"), merges, undoBar);
        VBox.setVgrow(campaigns, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        content.setPrefSize(960, 600);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(980);
        Columns.openWide(this, 980);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    /** A case by its title, the empty choice as "All cases". */
    private static final class CaseCell extends ListCell<CaseFile> {
        @Override
        protected void updateItem(CaseFile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "All cases" : item.title());
        }
    }
}
