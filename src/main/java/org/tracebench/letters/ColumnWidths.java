package org.tracebench.letters;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a table's width among its columns by what the cells hold, measured in the letter fonts at the
 * table's type size (decision 0312). Each column starts at its longest word (an all-empty column at the longest
 * word of its header); the width left over then goes, a step at a time, where it saves the most breaks per
 * point: first to phrases that would otherwise break between two words (names, campaigns), then to values
 * that break at a clause or a number ("47 USC 227(b); / 47 CFR 64.1200(a)", "Aug 24, 2021 / 20:05 UTC"), so
 * a name that fits on one line stays on one line. What is still left after every cell fits is shared among
 * the columns that hold text, never the empty ones.
 */
final class ColumnWidths {

    /** The type size of Attachment A's cells, in points (PDF and DOCX alike). */
    static final float SIZE = 7.5f;
    /** Padding on each side of a cell, in points. */
    static final float PADDING = 3;
    /** A break between two words of a phrase costs this much more than a break at a clause or a number. */
    private static final int PHRASE_BREAK = 1000;
    /** Room left in a column beyond its measured text, so rounding in a writer never wraps a fitted cell. */
    private static final float SAFETY = 0.75f;
    /** Distinct values of a column measured at most: the longest, which are the ones that wrap. */
    private static final int DISTINCT = 300;

    private final BaseFont regular;
    private final BaseFont bold;

    ColumnWidths(LetterFonts fonts) {
        this.regular = fonts.regular;
        this.bold = fonts.bold;
    }

    /** Widths in points, one per header column, adding up to {@code total}. */
    float[] fit(List<String> header, List<List<String>> rows, float total) {
        int n = header.size();
        List<Map<String, Integer>> cells = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (List<String> row : rows) {
                String value = c < row.size() && row.get(c) != null ? row.get(c).strip() : "";
                if (!value.isEmpty()) {
                    counts.merge(value, 1, Integer::sum);
                }
            }
            cells.add(longest(counts));
        }
        float[] width = new float[n];
        List<List<Float>> candidates = new ArrayList<>(n);
        List<Map<Float, Long>> costs = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            float min = longestWord(header.get(c), bold);
            for (String value : cells.get(c).keySet()) {
                min = Math.max(min, longestWord(value, regular));
            }
            width[c] = min;
            candidates.add(candidates(cells.get(c).keySet(), min));
            costs.add(new HashMap<>());
        }
        float pad = 2 * PADDING + SAFETY;
        float left = total - sum(width) - n * pad;
        if (left < 0) {
            // Not even the longest words fit: share the width out by them and let the writer cut words.
            float scale = (total - n * pad) / sum(width);
            for (int c = 0; c < n; c++) {
                width[c] = Math.max(0, width[c] * scale) + pad;
            }
            return width;
        }
        while (left > 0.01f) {
            int best = -1;
            float bestWidth = 0;
            double bestGain = 0;
            for (int c = 0; c < n; c++) {
                long now = cost(c, width[c], cells, costs);
                for (float x : candidates.get(c)) {
                    if (x <= width[c] || x - width[c] > left) {
                        continue;
                    }
                    double gain = (now - cost(c, x, cells, costs)) / (double) (x - width[c]);
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = c;
                        bestWidth = x;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            left -= bestWidth - width[best];
            width[best] = bestWidth;
        }
        // The rest goes to columns whose every cell is already on one line: more room there moves no break,
        // where in a wrapped column it could pull a word back over a clean break ("47 USC 227(b); 47").
        boolean[] takes = new boolean[n];
        float filled = 0;
        for (int c = 0; c < n; c++) {
            takes[c] = !cells.get(c).isEmpty() && cost(c, width[c], cells, costs) == 0;
            filled += takes[c] ? width[c] : 0;
        }
        if (filled == 0) {
            for (int c = 0; c < n; c++) {
                takes[c] = !cells.get(c).isEmpty();
                filled += takes[c] ? width[c] : 0;
            }
        }
        for (int c = 0; c < n; c++) {
            float share = filled > 0 ? (takes[c] ? left * width[c] / filled : 0) : left / n;
            width[c] += share + pad;
        }
        return width;
    }

    /**
     * A column's distinct values with their counts, cut to the {@link #DISTINCT} longest when there are more (a
     * column of timestamps has one per row, all alike in width): measuring is then quick for any table, and the
     * long names that decide the widths are always among those measured.
     */
    private static Map<String, Integer> longest(Map<String, Integer> counts) {
        if (counts.size() <= DISTINCT) {
            return counts;
        }
        List<Map.Entry<String, Integer>> longest = counts.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()).reversed())
                .limit(DISTINCT).toList();
        // the kept values stand for the whole column, so a cut column weighs as much as its rows do
        long all = counts.values().stream().mapToLong(Integer::longValue).sum();
        long kept = longest.stream().mapToLong(Map.Entry::getValue).sum();
        Map<String, Integer> scaled = new LinkedHashMap<>();
        longest.forEach(e -> scaled.put(e.getKey(), (int) Math.max(1, Math.round(e.getValue() * (double) all / kept))));
        return scaled;
    }

    /** The widths at which some cell needs one line fewer: every run of words of every line of every cell. */
    private List<Float> candidates(Iterable<String> values, float min) {
        java.util.TreeSet<Float> widths = new java.util.TreeSet<>();
        for (String value : values) {
            for (String line : value.split("\n")) {
                String[] words = line.trim().split(" +");
                for (int from = 0; from < words.length; from++) {
                    StringBuilder run = new StringBuilder();
                    for (int to = from; to < words.length; to++) {
                        run.append(to > from ? " " : "").append(words[to]);
                        float w = regular.getWidthPoint(run.toString(), SIZE);
                        if (w > min) {
                            widths.add((float) Math.ceil(w * 4) / 4); // quarter points: digits share widths
                        }
                    }
                }
            }
        }
        return List.copyOf(widths);
    }

    private long cost(int column, float width, List<Map<String, Integer>> cells, List<Map<Float, Long>> costs) {
        return costs.get(column).computeIfAbsent(width, w -> {
            long total = 0;
            for (Map.Entry<String, Integer> cell : cells.get(column).entrySet()) {
                total += (long) breaks(cell.getKey(), w) * cell.getValue();
            }
            return total;
        });
    }

    /**
     * The cell as the writers set it in a column with this much room for text: a line too long for the column
     * breaks first after each "; " (between clauses), and only then wherever the words fill the line.
     */
    String set(String value, float width) {
        StringBuilder out = new StringBuilder();
        for (String line : value.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line.contains("; ") && regular.getWidthPoint(line.strip(), SIZE) > width
                    ? line.replace("; ", ";\n") : line);
        }
        return out.toString();
    }

    /** The room for text in a column of this width. */
    static float textWidth(float column) {
        return column - 2 * PADDING - SAFETY;
    }

    /** The cost of the breaks a cell gets at this width, filling each line as the writers do. */
    int breaks(String value, float width) {
        int cost = 0;
        String set = set(value, width);
        cost += set.split("\n", -1).length - value.split("\n", -1).length; // clause breaks, the cheapest
        for (String line : set.split("\n")) {
            String[] words = line.trim().split(" +");
            float used = 0;
            for (int i = 0; i < words.length; i++) {
                float w = regular.getWidthPoint(words[i], SIZE);
                if (i == 0) {
                    used = w;
                    continue;
                }
                float with = used + regular.getWidthPoint(" ", SIZE) + w;
                if (with <= width) {
                    used = with;
                } else {
                    cost += breakCost(words[i - 1], words[i]);
                    used = w;
                }
            }
        }
        return cost;
    }

    /**
     * What a break between two words costs: least after a clause (";"), little between two numbers (a date
     * and its time), more after a comma inside a date, more again between a number and its word ("47 | CFR",
     * "Aug | 24,"), and most inside a phrase of words (a name, a campaign).
     */
    static int breakCost(String before, String after) {
        if (before.endsWith(";")) {
            return 1;
        }
        boolean numberBefore = before.chars().anyMatch(Character::isDigit);
        boolean numberAfter = after.chars().anyMatch(Character::isDigit);
        if (numberBefore && numberAfter) {
            return before.endsWith(",") ? 4 : 2;
        }
        if (before.endsWith(",")) {
            return 4;
        }
        return numberBefore || numberAfter ? 8 : PHRASE_BREAK;
    }

    private float longestWord(String value, BaseFont font) {
        float max = 0;
        for (String word : value.split("\\s+")) {
            max = Math.max(max, font.getWidthPoint(word, SIZE));
        }
        return max;
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
