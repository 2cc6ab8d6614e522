package org.tracebench.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns merged letter markup into blocks and numbered footnotes.
 * <ul>
 * <li>Blank lines separate paragraphs; "## text" is a heading; "1. text" a numbered item (numbered in order
 * within its list); "- text" a bullet.</li>
 * <li>":::lines", ":::letterhead", ":::signature" (kept together), ":::center", ":::right" up to ":::" keep each
 * line as it is; ":::pagebreak" starts a new page.</li>
 * <li>**bold**, *italic*, a backslash escapes the next character.</li>
 * <li>"[^label]" marks a footnote whose text is given on a line "[^label]: text"; footnotes are numbered in the
 * order they are first referenced. In footnote text "[@key pinpoint]" cites the library, "[@key pinpoint | words]"
 * adds an explanatory parenthetical and "[-@key pinpoint]" leaves out the name the sentence already gives.</li>
 * </ul>
 */
public final class MarkupParser {

    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)]:\\s?(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)[.)]\\s+(.*)$");
    private static final Pattern CITE = Pattern.compile("\\[(-?)@([A-Za-z0-9_.-]+)([^\\]|]*)(?:\\|([^\\]]*))?]");
    /** A sentence ends between two cites: a period followed by a space (not "e.g.,"). */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s");

    private final CitationLibrary library;
    private final CitationStyle style;

    public MarkupParser(CitationLibrary library) {
        this(library, CitationStyle.BLUEBOOK);
    }

    public MarkupParser(CitationLibrary library, CitationStyle style) {
        this.library = library;
        this.style = style;
    }

    /** Thrown for markup that cannot be set: a footnote with no text, a citation not in the library. */
    public static final class MarkupException extends RuntimeException {
        public MarkupException(String message) {
            super(message);
        }
    }

    public LetterDocument parse(String markup, String title, String subject, String author, AttachmentTable attachment) {
        List<String> lines = new ArrayList<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        for (String line : markup.replace("\r\n", "\n").split("\n", -1)) {
            Matcher def = DEFINITION.matcher(line);
            if (def.matches()) {
                definitions.put(def.group(1), def.group(2).trim());
            } else {
                lines.add(line);
            }
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Block> blocks = blocks(lines, definitions, numbers);
        List<Footnote> footnotes = footnotes(definitions, numbers);
        return new LetterDocument(title, subject, author, blocks, footnotes, attachment);
    }

    private List<Block> blocks(List<String> lines, Map<String, String> definitions, Map<String, Integer> numbers) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Block.Kind paragraphKind = null;
        int listNumber = 0;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.startsWith(":::")) {
                flush(blocks, paragraph, paragraphKind, listNumber, definitions, numbers);
                paragraphKind = null;
                String kind = trimmed.substring(3).trim();
                if (kind.equals("pagebreak")) {
                    blocks.add(new Block(Block.Kind.PAGE_BREAK, null, 0, null, null, false, "pagebreak"));
                    i++;
                    continue;
                }
                List<List<Run>> group = new ArrayList<>();
                i++;
                while (i < lines.size() && !lines.get(i).strip().equals(":::")) {
                    group.add(inline(lines.get(i).strip(), definitions, numbers));
                    i++;
                }
                i++;
                while (!group.isEmpty() && group.get(group.size() - 1).isEmpty()) {
                    group.remove(group.size() - 1);
                }
                Block.Align align = switch (kind) {
                    case "center", "letterhead" -> Block.Align.CENTER;
                    case "right" -> Block.Align.RIGHT;
                    default -> Block.Align.LEFT;
                };
                if (!group.isEmpty()) {
                    blocks.add(new Block(Block.Kind.LINES, null, 0, group, align,
                            kind.equals("signature") || kind.equals("letterhead") || kind.equals("lines"), kind));
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                flush(blocks, paragraph, paragraphKind, listNumber, definitions, numbers);
                paragraphKind = null;
                i++;
                continue;
            }
            Matcher numbered = NUMBERED.matcher(trimmed);
            Block.Kind kind = null;
            String content = trimmed;
            if (trimmed.startsWith("## ")) {
                kind = Block.Kind.HEADING;
                content = trimmed.substring(3);
            } else if (trimmed.startsWith("- ")) {
                kind = Block.Kind.BULLET;
                content = trimmed.substring(2);
            } else if (numbered.matches()) {
                kind = Block.Kind.NUMBERED;
                content = numbered.group(2);
            }
            if (kind != null) {
                flush(blocks, paragraph, paragraphKind, listNumber, definitions, numbers);
                boolean continuesList = kind == Block.Kind.NUMBERED && !blocks.isEmpty()
                        && blocks.get(blocks.size() - 1).kind() == Block.Kind.NUMBERED;
                listNumber = kind == Block.Kind.NUMBERED ? (continuesList ? listNumber + 1 : 1) : listNumber;
                paragraphKind = kind;
                paragraph.append(content);
            } else {
                if (paragraphKind == null) {
                    paragraphKind = Block.Kind.PARAGRAPH;
                } else {
                    paragraph.append(' ');
                }
                paragraph.append(content);
            }
            i++;
        }
        flush(blocks, paragraph, paragraphKind, listNumber, definitions, numbers);
        return blocks;
    }

    private void flush(List<Block> blocks, StringBuilder paragraph, Block.Kind kind, int number,
                       Map<String, String> definitions, Map<String, Integer> numbers) {
        if (kind == null || paragraph.isEmpty()) {
            paragraph.setLength(0);
            return;
        }
        List<Run> runs = inline(paragraph.toString(), definitions, numbers);
        blocks.add(new Block(kind, runs, kind == Block.Kind.NUMBERED ? number : 0, null, null,
                kind == Block.Kind.HEADING, kind.name().toLowerCase(java.util.Locale.ROOT)));
        paragraph.setLength(0);
    }

    private List<Footnote> footnotes(Map<String, String> definitions, Map<String, Integer> numbers) {
        List<Footnote> result = new ArrayList<>();
        CitationFormatter formatter = new CitationFormatter(style);
        for (Map.Entry<String, Integer> entry : numbers.entrySet()) {
            formatter.startFootnote();
            String text = definitions.get(entry.getKey());
            List<Run> runs = inline(cite(text, formatter), Map.of(), new LinkedHashMap<>());
            result.add(new Footnote(entry.getValue(), runs, formatter.footnoteCites()));
        }
        return result;
    }

    private String cite(String text, CitationFormatter formatter) {
        Matcher m = CITE.matcher(text);
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        while (m.find()) {
            Citation citation = library.find(m.group(2)).orElseThrow(() ->
                    new MarkupException("citation '" + m.group(2) + "' is not in the citation library"));
            String preceding = text.substring(0, m.start()).stripTrailing();
            boolean capital = preceding.isEmpty() || preceding.endsWith(".");
            boolean newSentence = previousEnd < 0 || SENTENCE_END.matcher(text.substring(previousEnd, m.start())).find();
            CitationFormatter.Request request = new CitationFormatter.Request(m.group(3), capital,
                    !m.group(1).isEmpty(), m.group(4), newSentence);
            String cite = formatter.cite(citation, request);
            // A cite that ends in an abbreviation ("Id.") takes the sentence's period: no "Id..".
            if (m.end() < text.length() && text.charAt(m.end()) == '.' && cite.endsWith(".*")) {
                cite = cite.substring(0, cite.length() - 2) + "*";
            } else if (m.end() < text.length() && text.charAt(m.end()) == '.' && cite.endsWith(".")) {
                cite = cite.substring(0, cite.length() - 1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(cite));
            previousEnd = m.end();
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Splits a line of markup into styled runs, numbering footnote references as they first appear. */
    List<Run> inline(String text, Map<String, String> definitions, Map<String, Integer> numbers) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                addRun(runs, current, bold, italic);
                bold = !bold;
                i += 2;
                continue;
            }
            if (c == '*') {
                addRun(runs, current, bold, italic);
                italic = !italic;
                i++;
                continue;
            }
            if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '^') {
                int close = text.indexOf(']', i);
                if (close > 0) {
                    String label = text.substring(i + 2, close);
                    if (!definitions.containsKey(label)) {
                        throw new MarkupException("footnote [^" + label + "] has no text (add a line '[^" + label + "]: ...')");
                    }
                    addRun(runs, current, bold, italic);
                    int number = numbers.computeIfAbsent(label, k -> numbers.size() + 1);
                    runs.add(new Run(Integer.toString(number), false, false, number));
                    i = close + 1;
                    continue;
                }
            }
            current.append(c);
            i++;
        }
        addRun(runs, current, bold, italic);
        return runs;
    }

    private static void addRun(List<Run> runs, StringBuilder text, boolean bold, boolean italic) {
        if (!text.isEmpty()) {
            runs.add(new Run(text.toString(), bold, italic, 0));
            text.setLength(0);
        }
    }
}
