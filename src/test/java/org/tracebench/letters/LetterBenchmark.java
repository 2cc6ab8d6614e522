package org.tracebench.letters;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Renders a letter with a 10,000-row Attachment A beside a plain OpenPDF PdfPTable of the same cells, in one
 * run, and prints median times. Goal: the letter within 1.5x of the plain table.
 * Run: mvn -q test-compile exec:java -Dexec.mainClass=org.tracebench.letters.LetterBenchmark -Dexec.classpathScope=test
 */
public final class LetterBenchmark {

    private static final int ROWS = 10_000;
    private static final int RUNS = 5;

    private LetterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AttachmentTable table = table(ROWS);
        LetterDocument letter = letter(table);
        PdfLetterWriter writer = new PdfLetterWriter();
        // warm up both paths
        for (int i = 0; i < 2; i++) {
            writer.write(letter);
            plainTable(table, null);
            plainTable(table, new LetterFonts());
        }
        long[] letterTimes = new long[RUNS];
        long[] plainTimes = new long[RUNS];
        long[] plainEmbeddedTimes = new long[RUNS];
        int letterBytes = 0;
        int plainBytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            letterBytes = writer.write(letter).length;
            long t1 = System.nanoTime();
            plainBytes = plainTable(table, null);
            long t2 = System.nanoTime();
            plainTable(table, new LetterFonts());
            long t3 = System.nanoTime();
            letterTimes[i] = t1 - t0;
            plainTimes[i] = t2 - t1;
            plainEmbeddedTimes[i] = t3 - t2;
        }
        double letterMs = median(letterTimes);
        double plainMs = median(plainTimes);
        double plainEmbeddedMs = median(plainEmbeddedTimes);
        System.out.printf(Locale.ROOT, "rows=%d runs=%d (medians)%n", ROWS, RUNS);
        System.out.printf(Locale.ROOT, "letter with Attachment A (embedded Liberation Serif): %.0f ms, %d KB%n", letterMs, letterBytes / 1024);
        System.out.printf(Locale.ROOT, "plain PdfPTable, Helvetica (not embedded):          %.0f ms, %d KB%n", plainMs, plainBytes / 1024);
        System.out.printf(Locale.ROOT, "plain PdfPTable, same embedded font:                 %.0f ms%n", plainEmbeddedMs);
        System.out.printf(Locale.ROOT, "ratio letter / plain Helvetica table: %.2fx (goal <= 1.5x)%n", letterMs / plainMs);
        System.out.printf(Locale.ROOT, "ratio letter / plain embedded-font table: %.2fx%n", letterMs / plainEmbeddedMs);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    /** The baseline: one PdfPTable with a repeated header row and the same cells, nothing else. */
    private static int plainTable(AttachmentTable table, LetterFonts fonts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 72, 72, 64, 64);
        PdfWriter.getInstance(document, out);
        document.open();
        Font font = fonts == null ? new Font(Font.HELVETICA, 7.5f) : new Font(fonts.regular, 7.5f);
        PdfPTable pdfTable = new PdfPTable(table.widths());
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        for (String head : table.header()) {
            pdfTable.addCell(new Phrase(head, font));
        }
        for (List<String> row : table.rows()) {
            for (String cell : row) {
                pdfTable.addCell(new Phrase(cell, font));
            }
        }
        document.add(pdfTable);
        document.close();
        return out.size();
    }

    private static AttachmentTable table(int rows) {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("MMM dd, yyyy HH:mm", Locale.US).withZone(ZoneOffset.UTC);
        String[] customers = {"No Response", "Edoro Technologies", "Spinning Mantra Communications Pvt. Ltd.", "RD INFOTECH",
            "Go4Customer / CyFuture", "LINTECH SOLUTIONS"};
        String[] campaigns = {"SSA Imposter", "Arrest Warrant Scam", "CBP-Govt Imposter", "Credit Card Rate Reduction Call"};
        List<List<String>> cells = new ArrayList<>(rows);
        Instant start = Instant.parse("2021-08-24T12:00:00Z");
        for (int i = 0; i < rows; i++) {
            Instant call = start.plusSeconds(i * 977L);
            String notified = stamp.format(call.plusSeconds(86_400)) + (i % 3 == 0 ? "\n" + stamp.format(call.plusSeconds(400_000)) : "");
            cells.add(List.of(customers[i % customers.length], notified, stamp.format(call) + " UTC",
                    i % 5 == 0 ? "" : "+1202555" + String.format("%04d", i % 10_000), "+1312555" + String.format("%04d", (i * 7) % 10_000),
                    campaigns[i % campaigns.length], "47 USC 227(b); 47 CFR 64.1200(a)"));
        }
        return new AttachmentTable("ATTACHMENT A", AttachmentRows.HEADER, cells, AttachmentRows.widths(cells));
    }

    private static LetterDocument letter(AttachmentTable table) {
        StringBuilder markup = new StringBuilder(":::letterhead\n**Federal Communications Commission**\n:::\n\n");
        for (int i = 1; i <= 12; i++) {
            markup.append("Paragraph ").append(i).append(" of the letter, long enough to wrap over several lines ")
                    .append("so that the layout has some real work to do before the attachment.[^n").append(i).append("]\n\n");
        }
        for (int i = 1; i <= 12; i++) {
            markup.append("[^n").append(i).append("]: See [@cfr-47-64-1200 (k)(4)]; [@call-blocking-safe-harbor 7630, para. 43].\n");
        }
        return new MarkupParser(CitationLibrary.builtIn()).parse(markup.toString(), "Benchmark", "Benchmark", "Tracebench", table);
    }
}
