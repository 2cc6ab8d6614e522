package org.tracebench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record of a case as it travels between databases: its identity and its fields as text, by column name
 * (a field may be null). The same shape for every kind of record, so comparing two copies of a record and
 * listing the fields that differ needs no per-type code.
 */
public record PartRecord(String uid, Map<String, String> fields) {

    public PartRecord {
        Objects.requireNonNull(uid, "uid");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String get(String column) {
        return fields.get(column);
    }

    /** A copy with one field replaced. */
    public PartRecord with(String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(column, value);
        return new PartRecord(uid, changed);
    }
}
