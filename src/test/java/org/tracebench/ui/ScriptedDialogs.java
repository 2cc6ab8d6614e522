package org.tracebench.ui;

import org.tracebench.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers the workbench's questions as a test scripted them, in order, and records what was asked and
 * told. A question with no answer scripted is answered "cancel".
 */
public final class ScriptedDialogs implements Dialogs {

    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Optional<org.tracebench.store.Passphrase>> passphrases = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** The next file or folder question is answered with this path. */
    public ScriptedDialogs choose(Path path) {
        files.add(Optional.of(path));
        return this;
    }

    /** The next file or folder question is cancelled. */
    public ScriptedDialogs cancelChoice() {
        files.add(Optional.empty());
        return this;
    }

    /** The next passphrase question (current or new) is answered with this text; null cancels it. */
    public ScriptedDialogs typePassphrase(String text) {
        passphrases.add(Optional.ofNullable(text).map(t -> org.tracebench.store.Passphrase.of(t.toCharArray())));
        return this;
    }

    @Override
    public Optional<org.tracebench.store.Passphrase> askPassphrase(String title, String message) {
        asked.add(title + ": " + message);
        return passphrases.isEmpty() ? Optional.empty() : passphrases.poll();
    }

    @Override
    public Optional<org.tracebench.store.Passphrase> askNewPassphrase(String title, String message) {
        asked.add(title + ": " + message);
        return passphrases.isEmpty() ? Optional.empty() : passphrases.poll();
    }

    public ScriptedDialogs confirmNext(boolean answer) {
        confirmations.add(answer);
        return this;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
        asked.add("open: " + title);
        return next();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
        asked.add("save: " + title + " as " + suggestedName);
        return next();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        asked.add("folder: " + title);
        return next();
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add("confirm: " + title);
        Boolean answer = confirmations.poll();
        return answer != null && answer;
    }

    private final Deque<Optional<org.tracebench.ui.common.ConflictDialog.Decision>> conflictAnswers = new ArrayDeque<>();
    private final List<org.tracebench.model.EditConflict<?>> conflicts = new ArrayList<>();

    /** The answer to the next conflict question: keep these fields of the user's own edit, or cancel (empty). */
    public ScriptedDialogs answerConflict(Optional<org.tracebench.ui.common.ConflictDialog.Decision> answer) {
        conflictAnswers.add(answer);
        return this;
    }

    @Override
    public Optional<org.tracebench.ui.common.ConflictDialog.Decision> resolveConflict(org.tracebench.model.EditConflict<?> conflict) {
        conflicts.add(conflict);
        Optional<org.tracebench.ui.common.ConflictDialog.Decision> answer = conflictAnswers.poll();
        return answer == null ? Optional.empty() : answer;
    }

    /** Every conflict the user was asked to decide. */
    public List<org.tracebench.model.EditConflict<?>> conflicts() {
        return conflicts;
    }

    @Override
    public void error(String header, Throwable error) {
        errors.add(header + ": " + error.getMessage());
    }

    @Override
    public void inform(String header, String message) {
        notes.add(header + ": " + message);
    }

    private Optional<Path> next() {
        Optional<Path> answer = files.poll();
        return answer == null ? Optional.empty() : answer;
    }

    /** Every question asked, e.g. "open: Import traced calls". */
    public List<String> asked() {
        return asked;
    }

    public List<String> errors() {
        return errors;
    }

    public List<String> notes() {
        return notes;
    }
}
