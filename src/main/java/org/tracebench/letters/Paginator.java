package org.tracebench.letters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breaks laid-out units into pages so that every footnote starts at the foot of the page that holds its
 * reference mark. The body shrinks as footnotes fill the page from the bottom; a footnote too long for the
 * space left continues at the foot of the next page, ahead of that page's own footnotes.
 *
 * <p>A unit that does not fit at the foot of a page may still go there if the page is tightened: the space
 * between its paragraphs shrinks, down to {@link #TIGHTEST} of its set size. That keeps the closing lines and
 * signature on the page before rather than alone on a page of their own when that page has room after
 * tightening, and fills a page rather than leaving a gap at its foot for a paragraph that nearly fits. When the
 * page before is full even tightened, the closing goes over with at least the last two lines of text before it.
 */
final class Paginator {

    static final float SEPARATOR = 14;
    /** The least a paragraph gap may shrink to on a tightened page, as a fraction of its set size. */
    static final float TIGHTEST = 0.6f;
    /** Lines of text before the closing unit that go along with it when it would otherwise open a page alone. */
    static final int LEAD_IN_LINES = 2;

    /** One page: body lines top-down, footnote lines top-down, and whether the first footnote line continues. */
    record Page(List<TextLine> body, List<TextLine> foot, boolean continued) {
    }

    private final float available;

    Paginator(float available) {
        this.available = available;
    }

    List<Page> paginate(List<LetterLayout.Unit> units, Map<Integer, List<TextLine>> footnotes) {
        Layout first = layOut(units, footnotes);
        if (first.closingWithoutLeadIn() < 0) {
            return first.pages();
        }
        // The closing lines and the signature would open a page alone (or under one list item) because the page
        // before is full even tightened: take the end of what precedes them along, as a typesetter would.
        List<LetterLayout.Unit> carried = withLeadIn(units, first.closingWithoutLeadIn());
        return carried == null ? first.pages() : layOut(carried, footnotes).pages();
    }

    /**
     * Pages, and the index of the closing unit if it was set on a later page with fewer than
     * {@link #LEAD_IN_LINES} lines of text above it (else -1).
     */
    private record Layout(List<Page> pages, int closingWithoutLeadIn) {
    }

    private Layout layOut(List<LetterLayout.Unit> units, Map<Integer, List<TextLine>> footnotes) {
        List<Page> pages = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        Deque<TextLine> carried = new ArrayDeque<>();
        PageBuilder page = new PageBuilder(carried);
        int closingWithoutLeadIn = -1;
        for (int u = 0; u < units.size(); u++) {
            LetterLayout.Unit unit = units.get(u);
            if (unit.pageBreak()) {
                pages.add(page.build(carried));
                page = new PageBuilder(carried);
                continue;
            }
            List<TextLine> notes = new ArrayList<>();
            for (int ref : unit.footnotes()) {
                if (placed.add(ref)) {
                    notes.addAll(footnotes.getOrDefault(ref, List.of()));
                }
            }
            while (!page.tryPlace(unit, notes, carried)) {
                pages.add(page.build(carried));
                page = new PageBuilder(carried);
            }
            if (unit.closing() && !pages.isEmpty() && page.textLinesBefore(unit) < LEAD_IN_LINES) {
                closingWithoutLeadIn = u;
            }
        }
        pages.add(page.build(carried));
        while (!carried.isEmpty()) {
            page = new PageBuilder(carried);
            pages.add(page.build(carried));
        }
        return new Layout(pages, closingWithoutLeadIn);
    }

    /**
     * The units with the closing unit at {@code closing} joined to the units before it that hold at least
     * {@link #LEAD_IN_LINES} lines of text (the last two lines of a long paragraph, a short paragraph whole,
     * list items), or null when nothing before it may go along (a page break, the letterhead, the letter's start).
     */
    static List<LetterLayout.Unit> withLeadIn(List<LetterLayout.Unit> units, int closing) {
        int from = closing;
        int lines = 0;
        while (lines < LEAD_IN_LINES && from > 0) {
            LetterLayout.Unit before = units.get(from - 1);
            if (before.pageBreak() || before.textLines() == 0) {
                break;
            }
            lines += before.textLines();
            from--;
        }
        if (from == closing) {
            return null;
        }
        List<TextLine> merged = new ArrayList<>();
        for (int u = from; u <= closing; u++) {
            merged.addAll(units.get(u).lines());
        }
        List<LetterLayout.Unit> result = new ArrayList<>(units.subList(0, from));
        result.add(new LetterLayout.Unit(merged, false, true));
        result.addAll(units.subList(closing + 1, units.size()));
        return result;
    }

    /** What the gaps of these lines may give up; the first line's gap counts only below the top of a page. */
    static float shrinkable(List<TextLine> lines, boolean atTop) {
        float total = 0;
        for (int i = atTop ? 1 : 0; i < lines.size(); i++) {
            total += lines.get(i).spaceBefore() * (1 - TIGHTEST);
        }
        return total;
    }

    private final class PageBuilder {
        final List<TextLine> body = new ArrayList<>();
        final List<TextLine> foot = new ArrayList<>();
        final boolean continued;
        float bodyUsed;
        float footUsed;
        /** How much the gaps between the page's paragraphs may give up when the page is tightened. */
        float shrinkable;
        boolean ownNotes;

        PageBuilder(Deque<TextLine> carried) {
            continued = !carried.isEmpty();
            // A footnote carried over from the page before comes first, as far as half the page.
            while (!carried.isEmpty() && footUsed + separator() + carried.peek().height() <= available / 2) {
                addFoot(carried.poll());
            }
        }

        /** Lines of text on this page's body above the given unit, which was placed last. */
        int textLinesBefore(LetterLayout.Unit unit) {
            int lines = 0;
            for (int i = 0; i < body.size() - unit.lines().size(); i++) {
                lines += body.get(i).pieces().isEmpty() ? 0 : 1;
            }
            return lines;
        }

        private float separator() {
            return foot.isEmpty() ? SEPARATOR : 0;
        }

        private void addFoot(TextLine line) {
            footUsed += separator() + line.height();
            foot.add(line);
        }

        boolean tryPlace(LetterLayout.Unit unit, List<TextLine> notes, Deque<TextLine> carried) {
            boolean empty = body.isEmpty();
            float unitHeight = unit.height(empty);
            float notesHeight = notes.stream().map(TextLine::height).reduce(0f, Float::sum)
                    + (notes.isEmpty() ? 0 : separator());
            // what tightening this page could win, counting the gaps the unit brings
            float limit = available + shrinkable + shrinkable(unit.lines(), empty);
            if (bodyUsed + unitHeight + footUsed + notesHeight <= limit) {
                place(unit, empty);
                notes.forEach(this::addFoot);
                ownNotes |= !notes.isEmpty();
                return true;
            }
            // The footnotes do not all fit: place the unit if at least the first line of its last footnote and
            // all earlier ones do, and let the rest of that footnote run on to the next page.
            if (!notes.isEmpty() && (empty || unit.lines().size() == 1)) {
                float needed = bodyUsed + unitHeight + footUsed + separator();
                int fit = 0;
                for (TextLine line : notes) {
                    if (needed + line.height() > limit) {
                        break;
                    }
                    needed += line.height();
                    fit++;
                }
                int lastStart = lastFootnoteStart(notes);
                if (fit > lastStart || empty) {
                    place(unit, empty);
                    ownNotes = true;
                    int keep = Math.max(fit, empty ? Math.min(notes.size(), lastStart + 1) : fit);
                    notes.subList(0, keep).forEach(this::addFoot);
                    List<TextLine> rest = notes.subList(keep, notes.size());
                    for (int i = rest.size() - 1; i >= 0; i--) {
                        carried.addFirst(rest.get(i));
                    }
                    return true;
                }
            }
            if (empty) {
                place(unit, true); // taller than a page: set it anyway rather than loop
                notes.forEach(this::addFoot);
                ownNotes |= !notes.isEmpty();
                return true;
            }
            return false;
        }

        private int lastFootnoteStart(List<TextLine> notes) {
            int start = 0;
            for (int i = 0; i < notes.size(); i++) {
                if (notes.get(i).spaceBefore() > 0) {
                    start = i;
                }
            }
            return start;
        }

        private void place(LetterLayout.Unit unit, boolean atTop) {
            bodyUsed += unit.height(atTop);
            shrinkable += shrinkable(unit.lines(), atTop);
            for (int i = 0; i < unit.lines().size(); i++) {
                TextLine line = unit.lines().get(i);
                body.add(i == 0 && atTop ? line.withSpaceBefore(0) : line);
            }
        }

        /**
         * Finishes the page. A footnote still running on from an earlier page fills any room left, unless a
         * footnote of this page already follows it (the order of footnotes must stay).
         */
        Page build(Deque<TextLine> carried) {
            while (!ownNotes && !carried.isEmpty()
                    && bodyUsed + footUsed + separator() + carried.peek().height() <= available) {
                addFoot(carried.poll());
            }
            return new Page(tightened(), List.copyOf(foot), continued);
        }

        /** The body lines, their gaps shrunk evenly by what the page holds beyond its height (if anything). */
        private List<TextLine> tightened() {
            float over = bodyUsed + footUsed - available;
            if (over <= 0 || shrinkable <= 0) {
                return List.copyOf(body);
            }
            float keep = 1 - Math.min(1, over / shrinkable) * (1 - TIGHTEST);
            List<TextLine> lines = new ArrayList<>(body.size());
            for (TextLine line : body) {
                lines.add(line.spaceBefore() > 0 ? line.withSpaceBefore(line.spaceBefore() * keep) : line);
            }
            return lines;
        }
    }
}
