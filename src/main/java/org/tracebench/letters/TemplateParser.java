package org.tracebench.letters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a letter template. The header (until a line "---") holds "key: value" lines: name, attachment,
 * attachment-title, any number of "deadline: KEY = AMOUNT UNIT [roll-forward] [from-next-day] | text", and how
 * the footnotes cite: "citations: agency|bluebook", "cite-as: KEY = reporter|release|page [| short name]".
 * The body uses {{field}}, {{#if f}}..{{else}}..{{/if}}, {{#unless f}}..{{/unless}} and
 * {{#each list}}..{{/each}}; a section tag alone on its line takes the line with it. Every error names the
 * template and the line.
 */
public final class TemplateParser {

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern STANDALONE = Pattern.compile("^\\s*\\{\\{\\s*([#/][^}]*|else)\\s*}}\\s*$");
    private static final Pattern FIELD_NAME = Pattern.compile("\\.|@?[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");
    private static final Pattern DEADLINE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(\\d+)\\s+([A-Za-z -]+?)((?:\\s+(?:roll-forward|from-next-day))*)\\s*(?:\\|\\s*(.*))?");

    public LetterTemplate parse(String slug, String source) {
        String[] lines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String name = slug;
        boolean attachment = false;
        String attachmentTitle = "ATTACHMENT A";
        List<DeadlineRule> deadlines = new ArrayList<>();
        boolean agencyCitations = false;
        Map<String, CitationStyle.CiteAs> citeAs = new LinkedHashMap<>();
        int bodyStart = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.equals("---")) {
                bodyStart = i + 1;
                break;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new TemplateException(slug, i + 1, "header line needs 'key: value' (or '---' to start the body)");
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "name" -> name = value;
                case "attachment" -> attachment = !value.equalsIgnoreCase("none") && !value.equalsIgnoreCase("no");
                case "attachment-title" -> attachmentTitle = value;
                case "deadline" -> deadlines.add(deadline(slug, i + 1, value));
                case "citations" -> agencyCitations = citationStyle(slug, i + 1, value);
                case "cite-as" -> citeAs(slug, i + 1, value, citeAs);
                default -> throw new TemplateException(slug, i + 1, "unknown header '" + key
                        + "' (use name, attachment, attachment-title, deadline, citations, cite-as)");
            }
        }
        if (bodyStart < 0) {
            throw new TemplateException(slug, 1, "no '---' line separating the header from the body");
        }
        List<TemplateNode> body = body(slug, lines, bodyStart);
        return new LetterTemplate(slug, name, source, deadlines, attachment, attachmentTitle, bodyStart + 1, body,
                new CitationStyle(agencyCitations, citeAs));
    }

    private static boolean citationStyle(String slug, int line, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "agency" -> true;
            case "bluebook" -> false;
            default -> throw new TemplateException(slug, line, "citations must be 'agency' or 'bluebook'");
        };
    }

    private static void citeAs(String slug, int line, String value, Map<String, CitationStyle.CiteAs> citeAs) {
        Matcher m = CITE_AS.matcher(value);
        if (!m.matches()) {
            throw new TemplateException(slug, line, "cite-as must read 'KEY = reporter|release|page [| short name]'");
        }
        try {
            citeAs.put(m.group(1), new CitationStyle.CiteAs(Citation.Kind.parse(m.group(2)), m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new TemplateException(slug, line, e.getMessage());
        }
    }

    private DeadlineRule deadline(String slug, int line, String value) {
        Matcher m = DEADLINE.matcher(value);
        if (!m.matches()) {
            throw new TemplateException(slug, line,
                    "deadline must read 'KEY = AMOUNT UNIT [roll-forward] [from-next-day] | description'");
        }
        DeadlineUnit unit;
        try {
            unit = DeadlineUnit.parse(m.group(3));
        } catch (IllegalArgumentException e) {
            throw new TemplateException(slug, line, e.getMessage());
        }
        String flags = m.group(4) == null ? "" : m.group(4);
        String description = m.group(5) == null || m.group(5).isBlank() ? m.group(1) : m.group(5).trim();
        return new DeadlineRule(m.group(1), Integer.parseInt(m.group(2)), unit, flags.contains("roll-forward"),
                flags.contains("from-next-day"), description);
    }

    private record Open(String kind, String name, int line, List<TemplateNode> body, List<TemplateNode> otherwise,
                        boolean[] inElse) {
        List<TemplateNode> target() {
            return inElse[0] ? otherwise : body;
        }
    }

    private List<TemplateNode> body(String slug, String[] lines, int start) {
        List<TemplateNode> root = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (int i = start; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            boolean last = i == lines.length - 1;
            Matcher standalone = STANDALONE.matcher(line);
            if (standalone.matches()) {
                tag(slug, lineNo, standalone.group(1).trim(), root, open);
                continue;
            }
            if (line.indexOf("{{") >= 0 && !TAG.matcher(line).find() || countOf(line, "{{") != countOf(line, "}}")) {
                throw new TemplateException(slug, lineNo, "unclosed '{{' (each tag needs '}}' on the same line)");
            }
            Matcher tag = TAG.matcher(line);
            int pos = 0;
            while (tag.find()) {
                if (tag.start() > pos) {
                    target(root, open).add(new TemplateNode.Text(line.substring(pos, tag.start()), lineNo));
                }
                tag(slug, lineNo, tag.group(1).trim(), root, open);
                pos = tag.end();
            }
            String rest = line.substring(pos) + (last ? "" : "\n");
            if (!rest.isEmpty()) {
                target(root, open).add(new TemplateNode.Text(rest, lineNo));
            }
        }
        if (!open.isEmpty()) {
            Open o = open.peek();
            throw new TemplateException(slug, o.line(), "section {{#" + o.kind() + " " + o.name() + "}} is never closed"
                    + " (add {{/" + o.kind() + "}})");
        }
        return root;
    }

    private static int countOf(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static List<TemplateNode> target(List<TemplateNode> root, Deque<Open> open) {
        return open.isEmpty() ? root : open.peek().target();
    }

    private void tag(String slug, int line, String content, List<TemplateNode> root, Deque<Open> open) {
        if (content.startsWith("#")) {
            String[] parts = content.substring(1).trim().split("\\s+", 2);
            String kind = parts[0];
            if (!kind.equals("if") && !kind.equals("unless") && !kind.equals("each")) {
                throw new TemplateException(slug, line, "unknown section {{#" + kind + "}} (use #if, #unless, #each)");
            }
            if (parts.length < 2) {
                throw new TemplateException(slug, line, "{{#" + kind + "}} needs a field name");
            }
            checkName(slug, line, parts[1].trim());
            open.push(new Open(kind, parts[1].trim(), line, new ArrayList<>(), new ArrayList<>(), new boolean[1]));
        } else if (content.startsWith("/")) {
            String kind = content.substring(1).trim();
            if (open.isEmpty()) {
                throw new TemplateException(slug, line, "{{/" + kind + "}} closes no open section");
            }
            Open o = open.pop();
            if (!o.kind().equals(kind)) {
                throw new TemplateException(slug, line, "{{/" + kind + "}} does not match {{#" + o.kind() + " "
                        + o.name() + "}} opened on line " + o.line());
            }
            target(root, open).add(new TemplateNode.Section(o.kind(), o.name(), o.body(), o.otherwise(), o.line()));
        } else if (content.equals("else")) {
            if (open.isEmpty() || open.peek().kind().equals("each") || open.peek().inElse()[0]) {
                throw new TemplateException(slug, line, "{{else}} outside an {{#if}} or {{#unless}} section");
            }
            open.peek().inElse()[0] = true;
        } else {
            checkName(slug, line, content);
            target(root, open).add(new TemplateNode.Field(content, line));
        }
    }

    private static void checkName(String slug, int line, String name) {
        if (!FIELD_NAME.matcher(name).matches()) {
            throw new TemplateException(slug, line, "'" + name + "' is not a field name");
        }
    }

    private static final Pattern CITE_KEY = Pattern.compile("\\[-?@([A-Za-z0-9_.-]+)");
    private static final Pattern CITE_AS = Pattern.compile("([A-Za-z0-9_.-]+)\\s*=\\s*([A-Za-z]+)\\s*(?:\\|\\s*(.+))?");

    /** Checks that every "[@key]" the template cites is in the library; the error names the line. */
    public void checkCitations(LetterTemplate template, CitationLibrary library) {
        for (Map.Entry<String, CitationStyle.CiteAs> choice : template.citationStyle().citeAs().entrySet()) {
            Citation entry = library.find(choice.getKey()).orElseThrow(() -> new TemplateException(template.slug(), 1,
                    "cite-as names citation '" + choice.getKey() + "', which is not in the citation library"));
            String problem = entry.as(choice.getValue().kind()).problem();
            if (!problem.isEmpty()) {
                throw new TemplateException(template.slug(), 1, "cite-as " + choice.getKey() + ": " + problem);
            }
        }
        String[] lines = template.source().replace("\r\n", "\n").split("\n", -1);
        for (int i = template.bodyFirstLine() - 1; i < lines.length; i++) {
            Matcher m = CITE_KEY.matcher(lines[i]);
            while (m.find()) {
                if (library.find(m.group(1)).isEmpty()) {
                    throw new TemplateException(template.slug(), i + 1, "citation '" + m.group(1)
                            + "' is not in the citation library");
                }
            }
        }
    }
}
