package org.tracebench.letters;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Merges a parsed template with letter data into letter markup. Data is nested maps and lists; a field that
 * no map names is an error naming template and line (a field present but empty merges as nothing). Plain text
 * values are escaped so a provider called "A*B" cannot switch on bold.
 */
public final class TemplateRenderer {

    private static final Object MISSING = new Object();

    public String render(LetterTemplate template, Map<String, ?> data) {
        StringBuilder out = new StringBuilder();
        Deque<Object> scopes = new ArrayDeque<>();
        scopes.push(data);
        render(template, template.body(), scopes, out, -1, 0);
        return out.toString();
    }

    /**
     * Checks every field of the template against the data, including those in sections the data would skip,
     * so a misspelt field in a rarely shown paragraph is reported now and not in some later letter. Inside an
     * {@code each} over an empty list the item's fields cannot be checked and are let through.
     */
    public void check(LetterTemplate template, Map<String, ?> data) {
        Deque<Object> scopes = new ArrayDeque<>();
        scopes.push(data);
        check(template, template.body(), scopes);
    }

    private static final Object ANY = new Object();

    private void check(LetterTemplate template, List<TemplateNode> nodes, Deque<Object> scopes) {
        for (TemplateNode node : nodes) {
            switch (node) {
                case TemplateNode.Text text -> {
                }
                case TemplateNode.Field field -> checkName(template, field.name(), field.line(), scopes);
                case TemplateNode.Section section -> {
                    Object value = checkName(template, section.name(), section.line(), scopes);
                    if (section.kind().equals("each")) {
                        Object first = value instanceof Collection<?> items && !items.isEmpty() ? items.iterator().next() : ANY;
                        scopes.push(first == null ? ANY : first);
                        try {
                            check(template, section.body(), scopes);
                        } finally {
                            scopes.pop();
                        }
                    } else {
                        check(template, section.body(), scopes);
                        check(template, section.otherwise(), scopes);
                    }
                }
            }
        }
    }

    private Object checkName(LetterTemplate template, String name, int line, Deque<Object> scopes) {
        if (name.equals(".") || name.startsWith("@")) {
            return ANY;
        }
        boolean open = scopes.stream().anyMatch(scope -> scope == ANY || !(scope instanceof Map<?, ?>));
        try {
            return lookup(template, name, line, scopes, 0, 1);
        } catch (TemplateException e) {
            if (open) {
                return ANY; // may be a field of list items we have not seen
            }
            throw e;
        }
    }

    private void render(LetterTemplate template, List<TemplateNode> nodes, Deque<Object> scopes, StringBuilder out,
                        int index, int size) {
        for (TemplateNode node : nodes) {
            switch (node) {
                case TemplateNode.Text text -> out.append(text.text());
                case TemplateNode.Field field -> out.append(format(lookup(template, field.name(), field.line(), scopes,
                        index, size)));
                case TemplateNode.Section section -> section(template, section, scopes, out, index, size);
            }
        }
    }

    private void section(LetterTemplate template, TemplateNode.Section section, Deque<Object> scopes,
                         StringBuilder out, int index, int size) {
        Object value = lookup(template, section.name(), section.line(), scopes, index, size);
        switch (section.kind()) {
            case "if" -> render(template, truthy(value) ? section.body() : section.otherwise(), scopes, out, index, size);
            case "unless" -> render(template, truthy(value) ? section.otherwise() : section.body(), scopes, out, index, size);
            case "each" -> {
                if (value == null) {
                    return;
                }
                if (!(value instanceof Collection<?> items)) {
                    throw new TemplateException(template.slug(), section.line(), "{{#each " + section.name()
                            + "}} needs a list, but the field holds a single value");
                }
                int i = 0;
                for (Object item : items) {
                    scopes.push(item);
                    try {
                        render(template, section.body(), scopes, out, i++, items.size());
                    } finally {
                        scopes.pop();
                    }
                }
            }
            default -> throw new IllegalStateException(section.kind());
        }
    }

    private Object lookup(LetterTemplate template, String name, int line, Deque<Object> scopes, int index, int size) {
        if (name.equals(".")) {
            return scopes.peek();
        }
        switch (name) {
            case "@index" -> {
                return index + 1;
            }
            case "@first" -> {
                return index == 0;
            }
            case "@last" -> {
                return index == size - 1;
            }
            default -> {
            }
        }
        String[] path = name.split("\\.");
        Object value = MISSING;
        for (Object scope : scopes) {
            if (scope instanceof Map<?, ?> map && map.containsKey(path[0])) {
                value = map.get(path[0]);
                break;
            }
        }
        if (value == MISSING) {
            throw new TemplateException(template.slug(), line, "unknown field '" + name + "'");
        }
        for (int i = 1; i < path.length && value != null; i++) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(path[i])) {
                throw new TemplateException(template.slug(), line, "unknown field '" + name + "' ('"
                        + String.join(".", java.util.Arrays.copyOf(path, i)) + "' has no '" + path[i] + "')");
            }
            value = map.get(path[i]);
        }
        return value;
    }

    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return !value.toString().isBlank();
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Markup markup) {
            return markup.text();
        }
        if (value instanceof LocalDate date) {
            return LetterDates.longDate(date);
        }
        if (value instanceof Collection<?> items) {
            return escape(naturalJoin(items.stream().map(String::valueOf).toList()));
        }
        return escape(value.toString());
    }

    /** "a", "a and b", "a, b and c". */
    public static String naturalJoin(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '*' || c == '[' || c == ']') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
