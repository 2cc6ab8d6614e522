package org.tracebench.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.calltable.HeaderFold;
import org.tracebench.store.RememberedMappingRepository;

/**
 * The mapping step of an attachment import: what each column of a file holds (its first values), and the
 * mapping confirmed for a set of headers, remembered so that the next file with the same headers is
 * offered it again (in the window pre-filled, in batch mode used when no {@code --map} is given).
 *
 * <p>A set of headers is known by its fingerprint: every header folded as {@link HeaderFold} folds it,
 * empty ones left out, sorted and without repeats, then hashed. "Customer:" and "customer" in another
 * column order are the same set; one header more or less is another set.
 */
public final class ColumnMappings {

    /** The choice that reads a column as nothing; also accepted by {@code --map "HEADER=ignore"}. */
    public static final String IGNORE = "ignore";
    /** How many non-empty values of each column the mapping step shows. */
    public static final int VALUES_SHOWN = 5;
    /** Rows after the header looked at for values: a column empty that far down is shown empty. */
    static final int ROWS_LOOKED_AT = 1000;

    private final Importer importer;
    private final RememberedMappingRepository store;
    private final String actor;
    private final Clock clock;

    public ColumnMappings(Importer importer, RememberedMappingRepository store, String actor, Clock clock) {
        this.importer = importer;
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    /** One column of a file: its header as written, the column it is recognised as (or null), its first values. */
    public record FileColumn(String header, AttachmentColumn recognised, List<String> values) {
        public FileColumn {
            values = List.copyOf(values);
        }
    }

    /** The columns of a file for the mapping step; {@code problem} is set when the header cannot be read. */
    public record Preview(ImportFormat format, List<FileColumn> columns, String problem) {
        public Preview {
            columns = List.copyOf(columns);
        }

        public List<String> headers() {
            return columns.stream().map(FileColumn::header).toList();
        }

        /** Headers that are not a recognised wording of any column. */
        public List<String> unrecognised() {
            return columns.stream().filter(c -> c.recognised() == null).map(FileColumn::header).toList();
        }

        /** Attachment columns no header names. */
        public List<AttachmentColumn> missing() {
            List<AttachmentColumn> missing = new ArrayList<>(List.of(AttachmentColumn.values()));
            columns.forEach(c -> missing.remove(c.recognised()));
            return missing;
        }

        /** Whether the user is asked: an attachment table with a header not recognised and a column not found. */
        public boolean needsMapping() {
            return problem == null && format != ImportFormat.TRACEBACKS && !unrecognised().isEmpty() && !missing().isEmpty();
        }
    }

    /**
     * A mapping remembered for a set of headers: folded header -> column, or null for "ignore".
     */
    public record Remembered(Map<String, AttachmentColumn> byFoldedHeader, String savedBy, Instant savedAt) {

        /** The column (or null: ignored) this mapping reads the header as; empty when it does not name it. */
        public Optional<Optional<AttachmentColumn>> choiceFor(String header) {
            String folded = HeaderFold.fold(header);
            return byFoldedHeader.containsKey(folded) ? Optional.of(Optional.ofNullable(byFoldedHeader.get(folded)))
                    : Optional.empty();
        }

        /** The import's column map for these headers: only where the mapping departs from recognition. */
        public Map<String, String> columnMapFor(List<String> headers) {
            Map<String, AttachmentColumn> choices = new LinkedHashMap<>();
            for (String header : headers) {
                choiceFor(header).ifPresent(choice -> choices.put(header, choice.orElse(null)));
            }
            return columnMap(choices);
        }
    }

    /**
     * Reads the header and the first {@value #VALUES_SHOWN} non-empty values of each column. The header is
     * the first of the first {@value #HEADER_ROWS} rows naming two known columns, as the import finds it;
     * failing that (too few headers recognised: what the mapping step is for), the first row with two cells.
     */
    public Preview preview(ImportSource source, ImportFormat requested) {
        ImportFormat format;
        try {
            format = importer.formatOf(source, requested);
        } catch (RuntimeException e) {
            return new Preview(requested, List.of(), String.valueOf(e.getMessage()));
        }
        TableReader reader = SourceCheck.isWorkbook(source) && format != ImportFormat.TEXT && format != ImportFormat.CSV
                ? new XlsxTableReader(source) : new DelimitedTableReader(source, format == ImportFormat.TEXT);
        ValueCollector collector = new ValueCollector(format);
        String problem = null;
        try {
            reader.read(collector);
        } catch (ValueCollector.Done enough) {
            // The first values are all the mapping step shows.
        } catch (IOException | RuntimeException e) {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        try {
            collector.endOfRows();
        } catch (ValueCollector.Done enough) {
            // A short file: its header was taken from the rows held back, and they filled every column.
        }
        if (collector.header == null) {
            return new Preview(format, List.of(), problem == null ? "the file holds no rows" : problem);
        }
        List<FileColumn> columns = new ArrayList<>();
        for (int i = 0; i < collector.header.size(); i++) {
            String header = collector.header.get(i);
            AttachmentColumn recognised = format == ImportFormat.TRACEBACKS ? null : AttachmentColumn.recognise(header).orElse(null);
            columns.add(new FileColumn(header, recognised, collector.values.get(i)));
        }
        return new Preview(format, columns, null);
    }

    static final int HEADER_ROWS = 20;

    /** Finds the header among the first rows, then gathers each column's first non-empty values. */
    private static final class ValueCollector implements TableReader.RowHandler {

        static final class Done extends RuntimeException {
            Done() {
                super(null, null, false, false);
            }
        }

        private final ImportFormat format;
        private final List<List<String>> early = new ArrayList<>();
        List<String> header;
        private int[] index;
        final List<List<String>> values = new ArrayList<>();
        private int after;

        ValueCollector(ImportFormat format) {
            this.format = format;
        }

        @Override
        public void row(long rowNumber, List<String> cells) {
            if (header != null) {
                values(cells);
                return;
            }
            early.add(cells);
            long recognised = cells.stream().filter(c -> AttachmentColumn.recognise(c).isPresent()).count();
            if (format == ImportFormat.TRACEBACKS || recognised >= 2) {
                useHeader(early.size() - 1);
            } else if (early.size() >= HEADER_ROWS) {
                endOfRows();
            }
        }

        @Override
        public void sheet(int sheetIndex, String name) {
            if (sheetIndex > 0) {
                throw new Done();
            }
        }

        /** No row named two known columns: the first with two cells is taken, then the rows after it. */
        void endOfRows() {
            if (header != null || early.isEmpty()) {
                return;
            }
            int chosen = 0;
            for (int i = 0; i < early.size(); i++) {
                if (early.get(i).stream().filter(c -> !c.isBlank()).count() >= 2) {
                    chosen = i;
                    break;
                }
            }
            useHeader(chosen);
        }

        private void useHeader(int position) {
            List<String> cells = early.get(position);
            List<String> names = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    names.add(cells.get(i).strip());
                    positions.add(i);
                }
            }
            header = names;
            index = positions.stream().mapToInt(Integer::intValue).toArray();
            names.forEach(n -> values.add(new ArrayList<>()));
            List<List<String>> following = new ArrayList<>(early.subList(position + 1, early.size()));
            early.clear();
            for (List<String> row : following) {
                values(row);
            }
        }

        private void values(List<String> cells) {
            boolean full = true;
            for (int i = 0; i < index.length; i++) {
                List<String> column = values.get(i);
                String cell = index[i] < cells.size() ? cells.get(index[i]).strip() : "";
                if (column.size() < VALUES_SHOWN && !cell.isEmpty()) {
                    column.add(cell);
                }
                full &= column.size() >= VALUES_SHOWN;
            }
            if (full || ++after >= ROWS_LOOKED_AT) {
                throw new Done();
            }
        }
    }

    /** The fingerprint of a set of headers: SHA-256 of the folded headers, sorted, one per line. */
    public static String fingerprint(List<String> headers) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.join("\n", folded(headers)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static TreeSet<String> folded(List<String> headers) {
        TreeSet<String> set = new TreeSet<>();
        for (String header : headers) {
            String fold = HeaderFold.fold(header);
            if (!fold.isEmpty()) {
                set.add(fold);
            }
        }
        return set;
    }

    /** The mapping remembered for this set of headers, if one was. */
    public Optional<Remembered> find(List<String> headers) {
        return store.find(fingerprint(headers)).map(stored -> {
            Map<String, AttachmentColumn> byHeader = new LinkedHashMap<>();
            for (String line : stored.mapping().split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    String choice = line.substring(tab + 1);
                    byHeader.put(line.substring(0, tab), IGNORE.equals(choice) ? null : column(choice));
                }
            }
            return new Remembered(byHeader, stored.savedBy(), stored.savedAt());
        });
    }

    private static AttachmentColumn column(String name) {
        try {
            return AttachmentColumn.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null; // a column a later version renamed: read as ignored, the user sees it in the step
        }
    }

    /**
     * Remembers how an import read these headers: the column map's choice where it names the header, the
     * recognised column otherwise, "ignore" for the rest. Replaces what was remembered for the same set.
     */
    public void remember(List<String> headers, Map<String, String> columnMap) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String header : headers) {
            String fold = HeaderFold.fold(header);
            if (fold.isEmpty()) {
                continue;
            }
            String override = columnMap.get(header.strip());
            Optional<AttachmentColumn> column = override != null
                    ? (IGNORE.equalsIgnoreCase(override.strip()) ? Optional.empty() : AttachmentColumn.byName(override))
                    : AttachmentColumn.recognise(header);
            lines.putIfAbsent(fold, column.map(Enum::name).orElse(IGNORE));
        }
        StringBuilder mapping = new StringBuilder();
        lines.forEach((fold, choice) -> mapping.append(fold).append('\t').append(choice).append('\n'));
        store.save(new RememberedMappingRepository.Stored(fingerprint(headers), String.join("\n", folded(headers)),
                mapping.toString(), actor, Instant.now(clock)));
    }

    /**
     * The import's column map for a choice per header (null: ignore): only the headers whose choice is not
     * what recognition gives, so recognised columns are read exactly as without a mapping.
     */
    public static Map<String, String> columnMap(Map<String, AttachmentColumn> choices) {
        Map<String, String> map = new LinkedHashMap<>();
        choices.forEach((header, choice) -> {
            AttachmentColumn recognised = AttachmentColumn.recognise(header).orElse(null);
            if (choice != recognised) {
                map.put(header.strip(), choice == null ? IGNORE : choice.header());
            }
        });
        return map;
    }
}
