package org.tracebench.ui.letters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tracebench.ui.common.ChangePoller;

/**
 * How the Letters screen follows others' changes (decision 0713): the findings and letter fields are read again,
 * and what the user is typing stays. A finding card being edited is rebuilt only when the typing ends; a letter
 * field being edited keeps its text; a notice offers Reload (theirs) or Keep mine. The letter date is never
 * touched; the template text and the citation on the form follow others only while the user has not changed
 * them (decision 0720), and their saves are checked anyway (decision 0706). Apart from the screen because it is a job of its own: it watches the focus and the
 * field boxes the screen builds, and owns the notice.
 */
final class LettersLiveRefresh {

    /** What the follower asks of the screen it serves. */
    interface Screen {

        /** Rebuilds the finding cards from the view model. */
        void showFindings();

        /** The case list follows others' titles; the chosen case stays chosen. */
        void refreshCaseChoice();

        /** Lays the letter out again soon. */
        void schedulePreview();

        /** The template names and choice follow the view model's. */
        void showTemplates();

        /** Others saved citations: the Citations tab reads the library again. */
        void citationsSavedByOthers();
    }

    private final LettersViewModel model;
    private final Node view;
    private final VBox findingsBox;
    private final Screen screen;
    /** The letter-field boxes by key, and the values they were filled from (what a blur compares against). */
    private Map<String, TextArea> fieldAreas = new HashMap<>();
    private Map<String, String> fieldValues = new HashMap<>();
    /** Others changed the findings while the user was typing in one: rebuilt when the typing ends. */
    private boolean findingsWaiting;
    /** Set while the user takes others' version: a card losing focus then does not save its text. */
    private boolean discarding;
    private final Label othersText = new Label();
    private final HBox othersNotice = new HBox(8);

    LettersLiveRefresh(LettersViewModel model, Node view, VBox findingsBox, Screen screen) {
        this.model = model;
        this.view = view;
        this.findingsBox = findingsBox;
        this.screen = screen;
        buildNotice();
        view.sceneProperty().flatMap(Scene::focusOwnerProperty).addListener((obs, old, owner) -> {
            if (findingsWaiting && !typingIn(findingsBox)) {
                // After the card's own save on losing focus, which runs first.
                Platform.runLater(this::showWaitingFindings);
            }
        });
    }

    /**
     * Listens to the window's poll; changes that do not bear on the chosen case or the letter library are let
     * go. Off view nothing is read: the screen reads everything again when shown.
     */
    void follow(ChangePoller live) {
        live.follow(view, poll -> {
            if (view.getScene() == null) {
                return;
            }
            if (model.concernsChosenCase(poll)) {
                othersChanged(!poll.calls().isEmpty() || !poll.providers().isEmpty());
            }
            if (poll.templates()) {
                model.template().readAgain(keptMine -> {
                    screen.showTemplates();
                    if (!typingIn(findingsBox)) {
                        // The cards say whether the template prints them.
                        showFindingsKeepingScroll();
                    }
                });
            }
            if (poll.citations()) {
                screen.citationsSavedByOthers();
            }
        });
    }

    /** The notice shown above the editors when others changed what is being typed. */
    Node notice() {
        return othersNotice;
    }

    /**
     * The letter-field boxes the screen has just built and the values they show. {@code values} is the map their
     * blur handlers compare against, so a value taken from others here is not saved back as the user's.
     */
    void fieldsShown(Map<String, TextArea> areas, Map<String, String> values) {
        this.fieldAreas = areas;
        this.fieldValues = values;
    }

    /** Whether a finding card losing focus now must not save its text (the user took others' version). */
    boolean discarding() {
        return discarding;
    }

    /**
     * Reads the chosen case again. The letter is laid out again only when what it prints may have moved: calls
     * or providers changed (Attachment A, findings), or the case, findings or fields read differ from those
     * shown. A user's own save comes back through the poll too and then costs no layout.
     */
    private void othersChanged(boolean callsOrProviders) {
        org.tracebench.model.CaseFile caseBefore = model.caseFileProperty().get();
        Map<String, String> fieldsBefore = model.fields();
        model.readAgain(findingsChanged -> {
            boolean letterMoved = callsOrProviders || findingsChanged
                    || !java.util.Objects.equals(caseBefore, model.caseFileProperty().get())
                    || !fieldsBefore.equals(model.fields());
            screen.refreshCaseChoice();
            List<String> kept = new ArrayList<>();
            if (findingsChanged) {
                if (typingIn(findingsBox)) {
                    findingsWaiting = true;
                    kept.add("a finding");
                } else {
                    showFindingsKeepingScroll();
                }
            }
            Map<String, String> stored = model.fields();
            for (Map.Entry<String, TextArea> field : fieldAreas.entrySet()) {
                String key = field.getKey();
                TextArea area = field.getValue();
                String before = fieldValues.getOrDefault(key, "");
                String now = stored.getOrDefault(key, "");
                boolean typed = area.isFocused() && !area.getText().equals(before);
                if (typed) {
                    if (!now.equals(before)) {
                        kept.add(key);
                    }
                } else if (!area.getText().equals(now)) {
                    area.setText(now);
                }
                if (!typed) {
                    fieldValues.put(key, now);
                }
            }
            if (!kept.isEmpty()) {
                othersText.setText("Someone else changed this case while you were typing in " + String.join(", ", kept)
                        + ". Your text is kept; Reload takes theirs.");
                othersNotice.setVisible(true);
            }
            if (letterMoved) {
                screen.schedulePreview();
            }
        });
    }

    private boolean typingIn(Node box) {
        Node owner = view.getScene() == null ? null : view.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == box) {
                return true;
            }
        }
        return false;
    }

    private void showWaitingFindings() {
        if (findingsWaiting && !typingIn(findingsBox)) {
            findingsWaiting = false;
            // Read after the card's save, so the rebuilt cards carry both the user's text and others' data.
            model.reloadFindings(() -> {
                showFindingsKeepingScroll();
                screen.schedulePreview();
            });
        }
    }

    private void showFindingsKeepingScroll() {
        ScrollPane scroll = findingsScroll();
        double at = scroll == null ? 0 : scroll.getVvalue();
        screen.showFindings();
        if (scroll != null) {
            scroll.layout();
            scroll.setVvalue(at);
        }
    }

    private ScrollPane findingsScroll() {
        for (Node n = findingsBox.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** "Reload": the stored findings and fields replace what the user typed. */
    private void takeTheirs() {
        othersNotice.setVisible(false);
        findingsWaiting = false;
        Map<String, String> stored = model.fields();
        fieldAreas.forEach((key, area) -> {
            fieldValues.put(key, stored.getOrDefault(key, ""));
            area.setText(stored.getOrDefault(key, ""));
        });
        // The focus leaves the card being typed in without its text being saved, then the cards are rebuilt.
        discarding = true;
        try {
            view.requestFocus();
        } finally {
            discarding = false;
        }
        model.reloadFindings(() -> {
            showFindingsKeepingScroll();
            screen.schedulePreview();
        });
    }

    private void buildNotice() {
        othersNotice.setId("letter-changed-notice");
        othersText.setId("letter-changed-notice-text");
        othersText.setWrapText(true);
        HBox.setHgrow(othersText, Priority.ALWAYS);
        Button reload = new Button("Reload");
        reload.setId("letter-reload");
        // Clicking it must not take the focus: a finding card losing focus saves what was typed.
        reload.setFocusTraversable(false);
        reload.setOnAction(e -> takeTheirs());
        Button keepMine = new Button("Keep mine");
        keepMine.setFocusTraversable(false);
        keepMine.setOnAction(e -> othersNotice.setVisible(false));
        othersNotice.getChildren().setAll(othersText, reload, keepMine);
        othersNotice.setAlignment(Pos.CENTER_LEFT);
        othersNotice.setPadding(new Insets(6, 10, 6, 10));
        othersNotice.setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-muted;"
                + " -fx-background-radius: 4; -fx-border-radius: 4;");
        othersNotice.setVisible(false);
        othersNotice.managedProperty().bind(othersNotice.visibleProperty());
    }
}
