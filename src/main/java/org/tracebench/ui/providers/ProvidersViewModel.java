package org.tracebench.ui.providers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tracebench.app.Workbench;
import org.tracebench.cases.ProviderCase;
import org.tracebench.graph.Neighbour;
import org.tracebench.graph.ProviderQueries;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.EnforcementKind;
import org.tracebench.model.NameKey;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.rmd.RmdEntry;
import org.tracebench.rmd.RmdSnapshot;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.InPlace;
import org.tracebench.ui.common.KeptSelection;
import org.tracebench.ui.common.TaskRunner;

/**
 * The provider list with its search and RMD-status filter, and everything known about the selected provider:
 * cases, enforcement history, RMD filings over time and, when it is not listed, who accepted its traffic.
 * Reads run through the {@link TaskRunner}; {@link #detailRevisionProperty()} moves when a provider's
 * details have arrived. No controls: testable without a stage.
 */
public final class ProvidersViewModel {

    /** An RMD row of the selected provider with the date of the snapshot it came from. */
    public record Filing(RmdSnapshot snapshot, RmdEntry entry) {
    }

    /** The list as read in one job. */
    private record Listing(List<Provider> providers, int openReviews) {
    }

    /** Everything shown of one provider, read in one job. */
    private record Detail(List<ProviderCase> cases, List<EnforcementAction> history, List<Filing> filings,
            List<Neighbour> accepted) {
    }

    private final Workbench workbench;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ProviderQueries queries;
    private final ObservableList<Provider> all = FXCollections.observableArrayList();
    private final FilteredList<Provider> visible = new FilteredList<>(all, p -> true);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<RmdStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Provider> selected = new SimpleObjectProperty<>();
    private final ObservableList<ProviderCase> cases = FXCollections.observableArrayList();
    private final ObservableList<EnforcementAction> history = FXCollections.observableArrayList();
    private final ObservableList<Filing> filings = FXCollections.observableArrayList();
    private final ObservableList<Neighbour> acceptedTraffic = FXCollections.observableArrayList();
    private final StringProperty statusText = new SimpleStringProperty("");
    private final IntegerProperty openReviews = new SimpleIntegerProperty();
    private final IntegerProperty detailRevision = new SimpleIntegerProperty();
    private long detailLoads;
    /** The provider the detail lists were last filled from. */
    private Long detailProviderId;
    private final KeptSelection kept = new KeptSelection();

    public ProvidersViewModel(Workbench workbench, TaskRunner tasks, Dialogs dialogs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.queries = workbench.providerQueries();
        query.addListener((obs, old, text) -> refilter());
        statusFilter.addListener((obs, old, status) -> refilter());
        selected.addListener((obs, old, provider) -> loadDetail(provider));
    }

    public void reload() {
        reload(() -> { });
    }

    /** Reads the list again, keeping the selection (and reading its details again), then runs {@code then}. */
    public void reload(Runnable then) {
        tasks.run(() -> new Listing(workbench.providers().findAll(), workbench.rmd().snapshots().openReviewCount()), listing -> {
            long selectedId = selected.get() == null ? -1 : selected.get().id();
            // Updated in place: the table keeps its selection and scroll when others' changes are read in.
            kept.around(() -> InPlace.update(all, listing.providers(), Provider::id));
            openReviews.set(listing.openReviews());
            long before = detailLoads;
            selected.set(all.stream().filter(p -> p.id() == selectedId).findFirst().orElse(null));
            if (detailLoads == before) {
                loadDetail(selected.get());
            }
            then.run();
        }, error -> dialogs.error("The providers could not be read", error));
    }

    /**
     * Saves a provider's details edited from {@code base}; when someone else changed the provider in between
     * the user decides field by field, and the choice is saved over what they have now seen (checked again).
     */
    public void saveProvider(Provider base, Provider edited) {
        tasks.run(() -> {
            workbench.casework().editor().saveProvider(base, edited);
            return true;
        }, done -> reload(), error -> {
            if (error instanceof org.tracebench.model.EditConflictException refused) {
                @SuppressWarnings("unchecked")
                org.tracebench.model.EditConflict<Provider> conflict = (org.tracebench.model.EditConflict<Provider>) refused.conflict();
                if (conflict.fieldsToDecide().isEmpty()) {
                    reload();
                    return;
                }
                dialogs.resolveConflict(conflict).filter(org.tracebench.ui.common.ConflictDialog.Decision::save)
                        .ifPresentOrElse(decision -> saveProvider(conflict.theirs(), conflict.merged(decision.keepMine())),
                                this::reload);
            } else {
                dialogs.error("The provider could not be saved", error);
            }
        });
    }

    /** The table showing the providers joins it, to keep its selection when the list is read again. */
    public KeptSelection keptSelection() {
        return kept;
    }

    public void select(long providerId) {
        all.stream().filter(p -> p.id() == providerId).findFirst().ifPresent(selected::set);
    }

    private void refilter() {
        String text = query.get();
        RmdStatus status = statusFilter.get();
        visible.setPredicate(p -> (status == null || p.rmdStatus() == status) && matches(p, text));
    }

    /** Any name or alias (also by name key, so "green packet global" finds "GREEN PACKET GLOBAL PTE LTD"), FRN or RMD number. */
    static boolean matches(Provider provider, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        String key = NameKey.of(text);
        if (contains(provider.frn(), needle.replaceAll("\\D", "")) && !needle.replaceAll("\\D", "").isEmpty()
                || contains(provider.rmdNumber(), needle)) {
            return true;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(provider.name()), provider.aliases().stream())
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle) || !key.isEmpty() && NameKey.of(n).contains(key));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void loadDetail(Provider provider) {
        long load = ++detailLoads;
        if (provider == null) {
            detailProviderId = null;
            cases.clear();
            history.clear();
            filings.clear();
            acceptedTraffic.clear();
            statusText.set("");
            detailRevision.set(detailRevision.get() + 1);
            return;
        }
        tasks.run(() -> readDetail(provider), detail -> {
            if (load != detailLoads) {
                return;
            }
            if (detailProviderId != null && detailProviderId == provider.id()) {
                // The same provider read again: the lists keep their selection (notices have no id of their own).
                InPlace.update(cases, detail.cases(), c -> c);
                InPlace.update(history, detail.history(), a -> a);
                InPlace.update(filings, detail.filings(), f -> f);
                InPlace.update(acceptedTraffic, detail.accepted(), n -> n);
            } else {
                cases.setAll(detail.cases());
                history.setAll(detail.history());
                filings.setAll(detail.filings());
                acceptedTraffic.setAll(detail.accepted());
            }
            detailProviderId = provider.id();
            statusText.set(statusText(provider, history));
            detailRevision.set(detailRevision.get() + 1);
        }, error -> dialogs.error("The provider could not be read", error));
    }

    private Detail readDetail(Provider provider) {
        Map<Long, RmdSnapshot> snapshots = workbench.rmd().snapshots().snapshots().stream()
                .collect(Collectors.toMap(RmdSnapshot::id, Function.identity()));
        List<Filing> filed = workbench.rmd().snapshots().historyOf(provider.id()).stream()
                .map(e -> new Filing(snapshots.get(e.snapshotId()), e)).toList();
        // downstreamOf reads every traced call: only asked for an unlisted provider that is in some call path.
        boolean askGraph = !provider.rmdStatus().isListed()
                && workbench.rmd().snapshots().providersInCallPaths().contains(provider.id());
        return new Detail(workbench.casework().providerCases().casesOf(provider.id()),
                workbench.casework().enforcement().historyOf(provider.id()), filed,
                askGraph ? queries.downstreamOf(provider.id(), null) : List.of());
    }

    /** "Removed by order EB-... of 2024-01-10" when a removal order is on file; the bare status otherwise. */
    static String statusText(Provider provider, List<EnforcementAction> history) {
        String status = label(provider.rmdStatus());
        if (provider.rmdStatus() == RmdStatus.REMOVED) {
            return history.stream().filter(a -> a.kind() == EnforcementKind.REMOVAL_ORDER).reduce((a, b) -> b)
                    .map(order -> status + " by removal order" + (order.fileNumber() == null ? "" : " " + order.fileNumber())
                            + " of " + order.date())
                    .orElse(status + " (no removal order on file)");
        }
        return status;
    }

    static String label(Enum<?> value) {
        String lower = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public ObservableList<Provider> visibleProviders() {
        return visible;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<RmdStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Provider> selectedProperty() {
        return selected;
    }

    public ObservableList<ProviderCase> cases() {
        return cases;
    }

    public ObservableList<EnforcementAction> history() {
        return history;
    }

    public ObservableList<Filing> filings() {
        return filings;
    }

    public ObservableList<Neighbour> acceptedTraffic() {
        return acceptedTraffic;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    /** Moves each time the selected provider's details have been read (or cleared). */
    public IntegerProperty detailRevisionProperty() {
        return detailRevision;
    }

    public IntegerProperty openReviewsProperty() {
        return openReviews;
    }
}
