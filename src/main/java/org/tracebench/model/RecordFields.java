package org.tracebench.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The editable fields of a record, nested records flattened ("recipient.person"), read and replaced by path.
 * One generic reading serves every editor's conflict screen, so a field added to a record takes part in
 * conflicts without anyone remembering to list it.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** Every field path of this record type, in declaration order; nested records by their own fields. */
    public static List<String> paths(Class<? extends Record> type) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> fieldType = component.getType();
            if (fieldType.isRecord()) {
                @SuppressWarnings("unchecked")
                Class<? extends Record> nested = (Class<? extends Record>) fieldType;
                for (String inner : paths(nested)) {
                    paths.add(component.getName() + "." + inner);
                }
            } else {
                paths.add(component.getName());
            }
        }
        return paths;
    }

    /** The value at {@code path}; null when a nested record on the way is null. */
    public static Object get(Record record, String path) {
        Object value = record;
        for (String name : path.split("\\.")) {
            if (value == null) {
                return null;
            }
            value = component((Record) value, name);
        }
        return value;
    }

    /** A copy of {@code record} with the value at {@code path} replaced. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T with(T record, String path, Object value) {
        int dot = path.indexOf('.');
        String name = dot < 0 ? path : path.substring(0, dot);
        Object replacement = value;
        if (dot >= 0) {
            replacement = with((Record) component(record, name), path.substring(dot + 1), value);
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(name) ? replacement : component(record, components[i].getName());
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (T) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }

    /** The paths whose values differ between two records of one type. */
    public static List<String> differences(Record a, Record b) {
        return paths(a.getClass().asSubclass(Record.class)).stream()
                .filter(path -> !Objects.equals(get(a, path), get(b, path)))
                .toList();
    }

    /** "recipient.person" as a person reads it: "Recipient person". */
    public static String label(String path) {
        String words = Arrays.stream(path.split("\\."))
                .map(part -> part.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT))
                .reduce((a, b) -> a + " " + b).orElse(path);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Object component(Record record, String name) {
        try {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return accessor.invoke(record);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + name);
    }
}
