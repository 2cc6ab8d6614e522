package org.tracebench.ui.calls;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.ColumnMappings;

/**
 * The mapping step of an import: every column of the file, recognised ones too, with its header, the
 * column it will be read as (a choice the user can change) and its first values, so the user maps by
 * what a column holds. Pre-filled with the mapping remembered for the same set of headers when there is
 * one, else with what the headers are recognised as. Plain Java: {@link ColumnMappingDialog} binds it.
 */
public final class ColumnMappingViewModel {

    /** The choice that reads a column as nothing. */
    public static final String IGNORE_LABEL = "(ignore)";
    /** Columns the import cannot do without. */
    private static final List<AttachmentColumn> REQUIRED = List.of(AttachmentColumn.CUSTOMER, AttachmentColumn.CALL_TIME);

    /** One column of the file and the choice made for it (null: ignored). */
    public static final class Row {
        private final ColumnMappings.FileColumn column;
        private AttachmentColumn choice;

        Row(ColumnMappings.FileColumn column, AttachmentColumn choice) {
            this.column = column;
            this.choice = choice;
        }

        public String header() {
            return column.header();
        }

        /** What the header alone is read as, or null. */
        public AttachmentColumn recognised() {
            return column.recognised();
        }

        public List<String> values() {
            return column.values();
        }

        /** The first values on one line, for the table: "Acme · Beta · Gamma". */
        public String valuesText() {
            // No-break spaces inside a value: the line wraps between values, never inside a phone number or a date.
            return column.values().isEmpty() ? "(no values in the first rows)"
                    : column.values().stream().map(v -> v.replace(' ', '\u00A0')).collect(Collectors.joining("  ·  "));
        }

        public AttachmentColumn choice() {
            return choice;
        }
    }

    private final ColumnMappings.Preview preview;
    private final ColumnMappings.Remembered remembered;
    private final List<Row> rows = new ArrayList<>();

    public ColumnMappingViewModel(ColumnMappings.Preview preview, Optional<ColumnMappings.Remembered> remembered) {
        this.preview = preview;
        this.remembered = remembered.orElse(null);
        for (ColumnMappings.FileColumn column : preview.columns()) {
            AttachmentColumn choice = this.remembered == null ? column.recognised()
                    : this.remembered.choiceFor(column.header()).orElse(Optional.ofNullable(column.recognised())).orElse(null);
            rows.add(new Row(column, choice));
        }
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<String> headers() {
        return preview.headers();
    }

    /** The choices offered for every column: "(ignore)", then each column by its printed header. */
    public static List<String> choiceLabels() {
        List<String> labels = new ArrayList<>();
        labels.add(IGNORE_LABEL);
        for (AttachmentColumn column : AttachmentColumn.values()) {
            labels.add(column.header());
        }
        return labels;
    }

    public static String label(AttachmentColumn column) {
        return column == null ? IGNORE_LABEL : column.header();
    }

    public static AttachmentColumn fromLabel(String label) {
        for (AttachmentColumn column : AttachmentColumn.values()) {
            if (column.header().equals(label)) {
                return column;
            }
        }
        return null;
    }

    public void choose(int row, AttachmentColumn column) {
        rows.get(row).choice = column;
    }

    /** Whether the choices came from a mapping confirmed before for the same headers. */
    public boolean prefilled() {
        return remembered != null;
    }

    /** The line above the table: what to do, and where the pre-filled choices come from. */
    public String intro() {
        String ask = "Some headers were not recognised. Each column of the file is listed with its first values: "
                + "choose what it holds, or ignore it.";
        if (remembered == null) {
            return ask;
        }
        return ask + "\nPre-filled with the mapping confirmed for these headers on "
                + remembered.savedAt().toString().replace('T', ' ').replaceAll(":\\d\\d(\\.\\d+)?Z$", " UTC")
                + " by " + remembered.savedBy() + ".";
    }

    /**
     * What stops the mapping from being used, or empty: a column chosen for two headers, or a column the
     * import needs chosen for none.
     */
    public String problem() {
        Map<AttachmentColumn, List<String>> chosen = new EnumMap<>(AttachmentColumn.class);
        for (Row row : rows) {
            if (row.choice != null) {
                chosen.computeIfAbsent(row.choice, c -> new ArrayList<>()).add("\"" + row.header() + "\"");
            }
        }
        List<String> problems = new ArrayList<>();
        chosen.forEach((column, headers) -> {
            if (headers.size() > 1) {
                problems.add(column.header() + " is chosen for " + String.join(" and ", headers) + "; choose it for one");
            }
        });
        List<String> missing = REQUIRED.stream().filter(c -> !chosen.containsKey(c)).map(AttachmentColumn::header).toList();
        if (!missing.isEmpty()) {
            problems.add("choose the column that holds " + String.join(" and ", missing));
        }
        return problems.stream().collect(Collectors.joining("; ")).transform(s -> s.isEmpty() ? ""
                : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".");
    }

    /** The import's column map for the choices made: only where a choice departs from recognition. */
    public Map<String, String> columnMap() {
        Map<String, AttachmentColumn> choices = new LinkedHashMap<>();
        rows.forEach(row -> choices.put(row.header(), row.choice));
        return ColumnMappings.columnMap(choices);
    }
}
