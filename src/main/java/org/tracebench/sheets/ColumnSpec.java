package org.tracebench.sheets;

import java.util.Objects;

/** One column of an exported table: which field it shows and the header it is given. */
public record ColumnSpec(AttachmentField field, String header) {

    public ColumnSpec {
        Objects.requireNonNull(field, "field");
        header = header == null || header.isBlank() ? field.defaultHeader() : header.strip();
    }

    public static ColumnSpec of(AttachmentField field) {
        return new ColumnSpec(field, field.defaultHeader());
    }

    public boolean renamed() {
        return !header.equals(field.defaultHeader());
    }
}
