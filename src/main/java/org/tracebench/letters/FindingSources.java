package org.tracebench.letters;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.CallSource;
import org.tracebench.store.CallSourceRepository;
import org.tracebench.store.CallSourceRepository.UnreadableCell;

/**
 * The provenance of findings: for each, the sources of its supporting calls (import batch and file with its
 * SHA-256, or typed in the editor) with how many calls each gave; and a mark on a finding whose supporting calls
 * hold cells that could not be read (saved as typed, 0103), since the letter would rest on their last valid value.
 * The sources are read once for all findings.
 */
public final class FindingSources {

    /** Imports in the order they were made, then the calls no import wrote. */
    private static final Comparator<CallSource> ORDER = Comparator.comparing(CallSource::kind)
            .thenComparing(s -> s.batchId() == null ? 0L : s.batchId());

    private static final int CELLS_NAMED = 3;

    private final CallSourceRepository repository;

    public FindingSources(CallSourceRepository repository) {
        this.repository = repository;
    }

    /** The findings with their sources, those resting on unreadable cells marked (after any illustrative reason). */
    public List<Finding> attach(List<Finding> findings) {
        Set<Long> ids = new HashSet<>();
        findings.forEach(f -> ids.addAll(f.supportingCallIds()));
        Map<Long, CallSource> each = repository.sourceOfEach(ids);
        Map<Long, List<UnreadableCell>> unreadable = repository.unreadableCells(ids);
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding withSources = finding.withSources(count(each, finding.supportingCallIds()));
            List<UnreadableCell> cells = finding.supportingCallIds().stream()
                    .flatMap(id -> unreadable.getOrDefault(id, List.of()).stream()).toList();
            if (!cells.isEmpty()) {
                String reason = unreadableReason(cells);
                withSources = withSources.withIllustrative(finding.illustrativeReason()
                        .map(r -> r + "; " + reason).orElse(reason));
            }
            result.add(withSources);
        }
        return result;
    }

    /** The sources of some calls with how many of them each gave. */
    public List<CallSource> of(Collection<Long> callIds) {
        Set<Long> ids = new HashSet<>(callIds);
        return count(repository.sourceOfEach(ids), ids);
    }

    private static List<CallSource> count(Map<Long, CallSource> each, Collection<Long> callIds) {
        Map<CallSource, Integer> counts = new LinkedHashMap<>();
        for (Long id : new HashSet<>(callIds)) {
            CallSource source = each.get(id);
            if (source != null) {
                counts.merge(source, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> e.getKey().withCalls(e.getValue())).sorted(ORDER).toList();
    }

    static String unreadableReason(List<UnreadableCell> cells) {
        List<String> named = cells.stream().limit(CELLS_NAMED).map(c -> header(c.column()) + " \"" + c.text() + "\": "
                + c.reason()).toList();
        return "rests on " + cells.size() + (cells.size() == 1 ? " cell" : " cells") + " that could not be read ("
                + String.join("; ", named) + (cells.size() > CELLS_NAMED ? "; …" : "") + ")";
    }

    private static String header(String column) {
        try {
            return AttachmentColumn.valueOf(column).header();
        } catch (IllegalArgumentException e) {
            return column;
        }
    }
}
