package org.tracebench.sheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chosen, ordered and possibly renamed columns of an export. Written as text like
 * {@code customer,notified,call-time=Call time (UTC),caller-id}: that form is what presets store and what
 * {@code --columns} accepts.
 */
public record ColumnLayout(List<ColumnSpec> columns) {

    public ColumnLayout {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("choose at least one column");
        }
        Set<AttachmentField> seen = EnumSet.noneOf(AttachmentField.class);
        for (ColumnSpec column : columns) {
            if (!seen.add(column.field())) {
                throw new IllegalArgumentException("column \"" + column.field().slug() + "\" is chosen twice");
            }
        }
    }

    /** The FCC letter's seven Attachment A columns, in the letter's order. */
    public static ColumnLayout attachmentA() {
        return new ColumnLayout(Arrays.stream(AttachmentField.values())
                .filter(f -> f.attachmentColumn().isPresent()).map(ColumnSpec::of).toList());
    }

    /**
     * Parses the text form. Throws IllegalArgumentException naming the unknown column and the valid names.
     */
    public static ColumnLayout parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("choose at least one column");
        }
        List<ColumnSpec> columns = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name = (equals < 0 ? part : part.substring(0, equals)).strip();
            String header = equals < 0 ? null : part.substring(equals + 1).strip();
            AttachmentField field = AttachmentField.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown column \"" + name + "\"; known columns: " + knownNames()));
            columns.add(new ColumnSpec(field, header));
        }
        return new ColumnLayout(columns);
    }

    public static String knownNames() {
        return Arrays.stream(AttachmentField.values()).map(AttachmentField::slug).collect(Collectors.joining(", "));
    }

    /** The text form; headers are written only when renamed. Commas in headers are not allowed there. */
    public String format() {
        return columns.stream()
                .map(c -> c.renamed() ? c.field().slug() + "=" + c.header().replace(",", " ") : c.field().slug())
                .collect(Collectors.joining(","));
    }

    public int size() {
        return columns.size();
    }

    public ColumnSpec get(int index) {
        return columns.get(index);
    }
}
