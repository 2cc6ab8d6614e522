package org.tracebench.letters;

import java.util.Locale;

/**
 * One authority of the citation library, held as its parts so that every form of it can be written:
 * {@code full} is the name and description (for a statute or rule, the whole code cite), {@code release} the
 * agency's release number or the public-law number, {@code volume}, {@code reporter} and {@code firstPage} where
 * the authority is printed (FCC Rcd, Stat.), {@code tail} the date parenthetical as the release gives it
 * ("(Oct. 1, 2020)", "(EB 2021)"), {@code shortForm} the name used after the first cite (blank: always cited in
 * full) and {@code kind} what a pinpoint refers to. Texts may use *italic* markup.
 */
public record Citation(String key, Kind kind, String full, String release, String volume, String reporter,
                       String firstPage, String tail, String shortForm, String url) {

    /** What a pinpoint of the authority points into; it decides where the pinpoint and the "at" go. */
    public enum Kind {
        /** Pages of the printed reporter: "36 FCC Rcd 1859, 1903"; short "36 FCC Rcd at 1903". */
        REPORTER,
        /** Pages and paragraphs of the agency's release: "FCC 20-136, at 48 ¶90"; short "at 48 ¶90". */
        RELEASE,
        /** Pages of a document with neither reporter nor release number (a policy, a report). */
        PAGE,
        /** Sections of a code or a session law: "47 U.S.C. § 227(b)"; codes are always cited in full. */
        SECTION,
        /** A web page: its address stands before the date parenthetical and is part of every full cite. */
        WEB;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads a kind as written in the library ("reporter", "release", ...). */
        public static Kind parse(String text) {
            if (text == null || text.isBlank()) {
                return PAGE;
            }
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("citation kind '" + text.trim()
                        + "' is not one of reporter, release, page, section, web", e);
            }
        }
    }

    public Citation {
        kind = kind == null ? Kind.PAGE : kind;
        full = clean(full);
        release = clean(release);
        volume = clean(volume);
        reporter = clean(reporter);
        firstPage = clean(firstPage);
        tail = clean(tail);
        shortForm = clean(shortForm);
        url = clean(url);
    }

    /** A code section or rule: full text only. */
    public static Citation section(String key, String full) {
        return new Citation(key, Kind.SECTION, full, "", "", "", "", "", "", "");
    }

    private static String clean(String text) {
        return text == null ? "" : text.trim();
    }

    public boolean hasShortForm() {
        return !shortForm.isBlank() && !shortForm.equals(full);
    }

    /** Whether the authority is printed in a reporter, so it can be cited to reporter pages. */
    public boolean hasReporter() {
        return !volume.isEmpty() && !reporter.isEmpty() && !firstPage.isEmpty();
    }

    public boolean hasRelease() {
        return !release.isEmpty();
    }

    /** Why the entry cannot be cited as it stands, or empty when it can. */
    public String problem() {
        if (key.isBlank() || full.isBlank()) {
            return "a citation needs a key and a full cite";
        }
        return partsProblem();
    }

    /** Which part its kind needs is missing, or empty (the editor shows this while the key is still blank). */
    public String partsProblem() {
        if (kind == Kind.REPORTER && !hasReporter()) {
            return "a reporter citation needs volume, reporter and first page";
        }
        if (kind == Kind.RELEASE && !hasRelease()) {
            return "a release citation needs the release number (for example FCC 20-136)";
        }
        if (kind == Kind.WEB && url.isEmpty()) {
            return "a web citation needs its address";
        }
        return "";
    }

    /** The same authority cited to another kind of pinpoint (a letter may cite release pages of a reported order). */
    public Citation as(Kind other) {
        return new Citation(key, other, full, release, volume, reporter, firstPage, tail, shortForm, url);
    }

    public Citation withUrl(String address) {
        return new Citation(key, kind, full, release, volume, reporter, firstPage, tail, shortForm, address);
    }

    public Citation withShortForm(String name) {
        return new Citation(key, kind, full, release, volume, reporter, firstPage, tail, name, url);
    }
}
