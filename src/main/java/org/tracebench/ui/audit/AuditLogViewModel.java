package org.tracebench.ui.audit;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.app.Workbench;
import org.tracebench.cases.AuditFilter;
import org.tracebench.model.AuditEntry;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * The audit log viewer's filters and the entries they match, newest first. Every read runs through the
 * {@link TaskRunner}; no controls, so it is testable without a stage.
 */
public final class AuditLogViewModel {

    static final int LIMIT = 2000;

    private record Choices(List<String> actors, List<String> entities) {
    }

    private final Workbench workbench;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<String> actor = new SimpleObjectProperty<>();
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty count = new SimpleStringProperty("");
    /** Counts the reads asked for, so the answer for filters the user has changed since is dropped. */
    private long reads;

    public AuditLogViewModel(Workbench workbench, TaskRunner tasks, Dialogs dialogs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        actor.addListener((o, a, b) -> reload());
        entity.addListener((o, a, b) -> reload());
        text.addListener((o, a, b) -> reload());
        from.addListener((o, a, b) -> reload());
        to.addListener((o, a, b) -> reload());
    }

    /** Reads the people and kinds of record to filter by, and the newest entries. */
    public void load() {
        tasks.run(() -> new Choices(workbench.casework().auditQueries().actors(), workbench.casework().auditQueries().entities()),
                read -> {
                    actors.setAll(read.actors());
                    entities.setAll(read.entities());
                }, error -> dialogs.error("The audit log could not be read", error));
        reload();
    }

    /** Reads the entries matching the filters. */
    public void reload() {
        long read = ++reads;
        AuditFilter filter = new AuditFilter(actor.get(), entity.get(), text.get(), from.get(), to.get(), LIMIT);
        tasks.run(() -> workbench.casework().auditQueries().find(filter), found -> {
            if (read == reads) {
                entries.setAll(found);
                count.set(found.size() == LIMIT ? "Showing the newest " + LIMIT
                        + " entries; narrow the filters to see older ones." : found.size() + " entries");
            }
        }, error -> dialogs.error("The audit log could not be read", error));
    }

    public void clearFilters() {
        actor.set(null);
        entity.set(null);
        text.set("");
        from.set(null);
        to.set(null);
    }

    public java.time.ZoneId zone() {
        return workbench.casework().clock().getZone();
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObjectProperty<String> actorProperty() {
        return actor;
    }

    public ObjectProperty<String> entityProperty() {
        return entity;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty countProperty() {
        return count;
    }
}
