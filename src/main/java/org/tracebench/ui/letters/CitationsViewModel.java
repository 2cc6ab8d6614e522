package org.tracebench.ui.letters;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.letters.Citation;
import org.tracebench.letters.LetterService;
import org.tracebench.model.EditConflict;
import org.tracebench.model.EditConflictException;
import org.tracebench.ui.common.ConflictDialog;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * The citation library as the Letters screen's Citations tab edits it. Kept apart from the letter being
 * written: the library is shared by every case and template, and its saves ask about others' changes on
 * their own (decision 0706).
 */
public final class CitationsViewModel {

    private final LetterService letters;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ObservableList<Citation> citations = FXCollections.observableArrayList();

    public CitationsViewModel(LetterService letters, TaskRunner tasks, Dialogs dialogs) {
        this.letters = letters;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The library as last read. */
    public ObservableList<Citation> citations() {
        return citations;
    }

    /** Reads the citation library. */
    public void load() {
        load(() -> { });
    }

    /** Like {@link #load()}; {@code then} runs once the list holds what was read, or the read failed. */
    public void load(Runnable then) {
        tasks.run(() -> letters.templates().citations().all(), all -> {
            citations.setAll(all);
            then.run();
        }, error -> {
            then.run();
            dialogs.error("The citations could not be read", error);
        });
    }

    /** Saves a citation and reads the library again; {@code answer} gets the message to show under the form. */
    public void save(Citation citation, Consumer<String> answer, Runnable saved) {
        save(null, citation, answer, stored -> saved.run());
    }

    /**
     * Saves a citation made from {@code base} (the entry as shown when the user began; null: a key they did not
     * pick from the library) and reads the library again. When someone else saved that key since, the user
     * decides field by field and the choice is saved over what they have now seen. {@code stored} gets the entry
     * as the library now holds it (the user's, the merge, or the other's when the user took theirs).
     */
    public void save(Citation base, Citation citation, Consumer<String> answer, Consumer<Citation> stored) {
        tasks.run(() -> {
            letters.templates().saveCitation(base, citation);
            return letters.templates().citations().all();
        }, all -> {
            citations.setAll(all);
            answer.accept("Saved " + citation.key() + ".");
            stored.accept(citation);
        }, error -> {
            if (error instanceof EditConflictException refused) {
                @SuppressWarnings("unchecked")
                EditConflict<Citation> conflict = (EditConflict<Citation>) refused.conflict();
                Optional<ConflictDialog.Decision> decision = conflict.fieldsToDecide().isEmpty() ? Optional.empty()
                        : dialogs.resolveConflict(conflict);
                if (decision.isPresent() && decision.get().save()) {
                    save(conflict.theirs(), conflict.merged(decision.get().keepMine()), answer, stored);
                } else if (decision.isPresent() || conflict.fieldsToDecide().isEmpty()) {
                    load();
                    answer.accept("Not saved: showing " + citation.key() + " as someone else saved it.");
                    stored.accept(conflict.theirs());
                } else {
                    answer.accept("Not saved: someone else saved " + citation.key() + "; your changes are still here.");
                }
            } else if (error instanceof IllegalArgumentException) {
                answer.accept(error.getMessage());
            } else {
                dialogs.error("The citation could not be saved", error);
            }
        });
    }
}
