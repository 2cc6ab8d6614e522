package org.tracebench.letters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes citations in the order a reader meets them, as the Bluebook has agencies do it: the first cite of an
 * authority in full (introducing its short name), later cites in short form repeating the reporter
 * ("35 FCC Rcd at 7628"), and "Id." when the citation sentence just before cited that one authority alone
 * (within the footnote or across footnotes). Codes and rules are always cited in full.
 */
final class CitationFormatter {

    /** One cite as written in the markup: "[@key pin | parenthetical]" or "[-@key pin]" (name given in the text). */
    record Request(String pin, boolean capital, boolean nameInText, String parenthetical, boolean newSentence) {
        Request {
            pin = pin == null ? "" : pin.trim();
            // Pinpoints used to carry their own "at"; the formatter places it now.
            if (pin.startsWith("at ")) {
                pin = pin.substring(3).trim();
            }
            parenthetical = parenthetical == null ? "" : parenthetical.trim();
        }
    }

    private static final Pattern MONTH_DAY = Pattern.compile("[A-Z][a-z]{2,8}\\.? \\d{1,2}, (\\d{4})");

    private final CitationStyle style;
    private final Set<String> cited = new HashSet<>();
    private final Map<String, String> lastPin = new HashMap<>();
    private String previousKey;
    private Set<String> previousSentence = Set.of();
    private Set<String> currentSentence = new LinkedHashSet<>();
    private final List<Footnote.Cite> footnoteCites = new ArrayList<>();

    CitationFormatter(CitationStyle style) {
        this.style = style == null ? CitationStyle.BLUEBOOK : style;
    }

    CitationFormatter() {
        this(CitationStyle.BLUEBOOK);
    }

    /** Call at the start of each footnote, in reading order. */
    void startFootnote() {
        if (currentSentence.isEmpty()) {
            // A footnote without authorities stands between: no "Id." across it.
            previousKey = null;
        }
        closeSentence();
        footnoteCites.clear();
    }

    /** The cites made since the footnote started. */
    List<Footnote.Cite> footnoteCites() {
        return List.copyOf(footnoteCites);
    }

    private void closeSentence() {
        if (!currentSentence.isEmpty()) {
            previousSentence = currentSentence;
        }
        currentSentence = new LinkedHashSet<>();
    }

    /** The markup for one cite. */
    String cite(Citation entry, Request request) {
        Citation c = style.apply(entry);
        if (request.newSentence()) {
            closeSentence();
        }
        String pin = request.pin();
        Footnote.Form form;
        String text;
        // "Id." needs the cite just before to be this authority, alone in its citation sentence.
        Set<String> sentenceOfPrevious = currentSentence.isEmpty() ? previousSentence : currentSentence;
        boolean id = !isCode(c) && c.key().equals(previousKey) && sentenceOfPrevious.size() == 1;
        if (id) {
            form = Footnote.Form.ID;
            text = (request.capital() ? "*Id.*" : "*id.*") + idPin(c, pin);
        } else if (cited.contains(c.key()) && c.hasShortForm() && !isCode(c)) {
            form = Footnote.Form.SHORT;
            text = shortForm(c, pin);
        } else {
            form = Footnote.Form.FULL;
            text = fullForm(c, pin, request.nameInText(), !cited.contains(c.key()));
        }
        if (!request.parenthetical().isEmpty()) {
            text = withParenthetical(c, text, request.parenthetical(), form == Footnote.Form.FULL && !cited.contains(c.key()));
        }
        if (style.agency()) {
            text = text.replace("C.F.R.", "CFR");
        }
        cited.add(c.key());
        lastPin.put(c.key(), pin);
        currentSentence.add(c.key());
        previousKey = c.key();
        footnoteCites.add(new Footnote.Cite(c.key(), form, plain(text)));
        return text;
    }

    /** Codes and rules: no short form, no "Id." (a session law, with its public-law number, has both). */
    private static boolean isCode(Citation c) {
        return c.kind() == Citation.Kind.SECTION && !c.hasRelease();
    }

    private String idPin(Citation c, String pin) {
        if (pin.isEmpty() || pin.equals(lastPin.get(c.key()))) {
            return "";
        }
        return c.kind() == Citation.Kind.SECTION ? " " + pin : " at " + pin;
    }

    private static String shortForm(Citation c, String pin) {
        String name = c.shortForm();
        return switch (c.kind()) {
            case REPORTER -> name + ", " + c.volume() + " " + c.reporter() + (pin.isEmpty() ? " " + c.firstPage() : " at " + pin);
            case SECTION -> name + (pin.isEmpty() ? "" : " " + pin);
            case RELEASE, PAGE, WEB -> name + (pin.isEmpty() ? "" : " at " + pin);
        };
    }

    private String fullForm(Citation c, String pin, boolean nameInText, boolean first) {
        List<String> parts = new ArrayList<>();
        if (!nameInText) {
            parts.add(c.full());
        }
        String tail = c.tail();
        switch (c.kind()) {
            case REPORTER -> {
                parts.add(reporterCite(c) + (pin.isEmpty() ? "" : ", " + pin));
                // A reporter cite dates by year; the release's month and day belong to the release cite.
                tail = MONTH_DAY.matcher(tail).replaceAll("$1");
            }
            case RELEASE -> {
                parts.add(c.release());
                if (!pin.isEmpty()) {
                    parts.add("at " + pin);
                }
            }
            case PAGE -> {
                if (!pin.isEmpty()) {
                    parts.add("at " + pin);
                }
            }
            case WEB -> {
                if (!pin.isEmpty()) {
                    parts.add("at " + pin);
                }
                // The FCC introduces a web address with "available at" even for a web-only source.
                parts.add(style.agency() ? "available at " + c.url() : c.url());
            }
            case SECTION -> {
                if (c.hasRelease()) {
                    parts.add(c.release());
                    if (!pin.isEmpty()) {
                        parts.add(pin);
                    }
                    if (c.hasReporter()) {
                        parts.add(reporterCite(c));
                    }
                } else if (!pin.isEmpty()) {
                    int last = parts.size() - 1;
                    String code = last < 0 ? "" : parts.remove(last);
                    parts.add(code + (pin.startsWith("(") ? "" : " ") + pin);
                }
            }
        }
        StringBuilder text = new StringBuilder(String.join(", ", parts.stream().filter(p -> !p.isBlank()).toList()));
        if (!tail.isEmpty()) {
            text.append(' ').append(tail);
        }
        if (first && !nameInText && c.hasShortForm() && !c.full().startsWith(c.shortForm())) {
            text.append(style.agency() ? " (" + c.shortForm() + ")" : " (hereinafter “" + c.shortForm() + "”)");
        }
        if (first && offersCopy(c)) {
            text.append(", available at ").append(c.url());
        }
        return text.toString();
    }

    /** An explanatory parenthetical goes after the short name and before "available at". */
    private static String withParenthetical(Citation c, String text, String parenthetical, boolean firstFull) {
        String marker = ", available at " + c.url();
        if (firstFull && text.endsWith(marker)) {
            return text.substring(0, text.length() - marker.length()) + " (" + parenthetical + ")" + marker;
        }
        return text + " (" + parenthetical + ")";
    }

    /** Whether a first full cite ends with "available at" the web copy; the FCC does not add one to its own reporter. */
    private boolean offersCopy(Citation c) {
        return !c.url().isEmpty() && c.kind() != Citation.Kind.WEB && !(style.agency() && c.kind() == Citation.Kind.REPORTER);
    }

    private static String reporterCite(Citation c) {
        return c.volume() + " " + c.reporter() + " " + c.firstPage();
    }

    static String plain(String markup) {
        return markup.replace("*", "");
    }

    /** The three forms of one entry with a sample pinpoint, as a reader meets them in turn (for the editor). */
    static List<String> forms(Citation entry, String pin) {
        CitationFormatter first = new CitationFormatter();
        String full = first.cite(entry, new Request(pin, true, false, "", true));
        CitationFormatter later = new CitationFormatter();
        later.cited.add(entry.key());
        later.previousKey = "another authority";
        later.previousSentence = Set.of("another authority");
        String shortText = later.cite(entry, new Request(pin, true, false, "", true));
        // Shown with its pinpoint, as when the next cite points elsewhere in the same authority.
        later.lastPin.put(entry.key(), "");
        String idText = later.cite(entry, new Request(pin, true, false, "", true));
        return List.of(plain(full), plain(shortText), plain(idText));
    }
}
