package org.tracebench.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tracebench.calltable.CallWording;
import org.tracebench.ingest.AttachmentRows;
import org.tracebench.model.PartyKind;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.TracedCall;
import org.tracebench.work.Progress;

/**
 * Exports N generated calls with {@link AttachmentWorkbookWriter} beside plain SXSSF writing the same values
 * without styles, title, widths or extra sheets, in the same run. Not a unit test. Run with a capped heap:
 * <pre>java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt) org.tracebench.sheets.SheetsBenchmark [rows] [--ours-only [--read-back] [--keep FILE]]</pre>
 * Prints the median of three timed runs each (after a warm-up), the ratio, and the peak heap in use.
 */
public final class SheetsBenchmark {

    private SheetsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean oursOnly = Arrays.asList(args).contains("--ours-only");
        Path dir = Files.createTempDirectory("sheets-benchmark");
        System.out.printf("rows=%,d  max heap=%d MB  java=%s%n", rows, Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        if (oursOnly) {
            resetPeaks();
            long start = System.nanoTime();
            Path file = dir.resolve("ours.xlsx");
            AttachmentWorkbookWriter.Result result = ours(rows, file);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("attachment writer: %.2f s, %,d rows on sheets %s, file %,d KB, peak heap used %d MB%n",
                    seconds, result.rows(), result.tableSheets(), Files.size(file) >> 10, peakHeapMb());
            if (Arrays.asList(args).contains("--read-back")) {
                resetPeaks();
                long readStart = System.nanoTime();
                long[] count = new long[1];
                new AttachmentWorkbookReader(AttachmentRows::toCall).read(file, 1, call -> count[0]++);
                System.out.printf("streaming reader: %.2f s, %,d calls read back, peak heap used %d MB%n",
                        (System.nanoTime() - readStart) / 1e9, count[0], peakHeapMb());
            }
            int keep = Arrays.asList(args).indexOf("--keep");
            if (keep >= 0 && keep + 1 < args.length) {
                Files.move(file, Path.of(args[keep + 1]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.delete(file);
            }
            Files.delete(dir);
            return;
        }
        int warmUp = Math.min(rows, 20_000);
        ours(warmUp, dir.resolve("warm-ours.xlsx"));
        plain(warmUp, dir.resolve("warm-plain.xlsx"));
        double[] oursTimes = new double[3];
        double[] plainTimes = new double[3];
        long oursPeak = 0;
        long plainPeak = 0;
        long oursSize = 0;
        long plainSize = 0;
        for (int run = 0; run < 3; run++) {
            resetPeaks();
            long start = System.nanoTime();
            plain(rows, dir.resolve("plain.xlsx"));
            plainTimes[run] = (System.nanoTime() - start) / 1e9;
            plainPeak = Math.max(plainPeak, peakHeapMb());
            plainSize = Files.size(dir.resolve("plain.xlsx"));

            resetPeaks();
            start = System.nanoTime();
            ours(rows, dir.resolve("ours.xlsx"));
            oursTimes[run] = (System.nanoTime() - start) / 1e9;
            oursPeak = Math.max(oursPeak, peakHeapMb());
            oursSize = Files.size(dir.resolve("ours.xlsx"));
        }
        double oursMedian = median(oursTimes);
        double plainMedian = median(plainTimes);
        System.out.printf("plain SXSSF (no styles): median %.2f s  runs %s  file %,d KB  peak heap %d MB%n",
                plainMedian, Arrays.toString(round(plainTimes)), plainSize >> 10, plainPeak);
        System.out.printf("attachment writer:       median %.2f s  runs %s  file %,d KB  peak heap %d MB%n",
                oursMedian, Arrays.toString(round(oursTimes)), oursSize >> 10, oursPeak);
        System.out.printf("ratio: %.2fx (goal: within 1.3x)%n", oursMedian / plainMedian);
        for (Path p : List.of("warm-ours.xlsx", "warm-plain.xlsx", "plain.xlsx", "ours.xlsx").stream().map(dir::resolve).toList()) {
            Files.deleteIfExists(p);
        }
        Files.delete(dir);
    }

    static AttachmentWorkbookWriter.Result ours(int rows, Path file) throws IOException {
        AttachmentExport export = new AttachmentExport("Benchmark case", "Jane Roe, Example Telecom LLC",
                LocalDate.of(2021, 10, 21), ColumnLayout.attachmentA(),
                List.of(new ProviderSummary("Example Telecom LLC", PartyKind.PROVIDER, List.of("Example Tel"), "RMD0001",
                        RmdStatus.REGISTERED, "US", rows, 0)), rows);
        try (OutputStream out = Files.newOutputStream(file)) {
            return new AttachmentWorkbookWriter().write(export, generated(rows), out, Progress.NONE);
        }
    }

    /** The same values as the attachment writer's table, with no styles, title, widths or other sheets. */
    static void plain(int rows, Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Attachment A");
            Row header = sheet.createRow(0);
            List<ColumnSpec> columns = ColumnLayout.attachmentA().columns();
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).header());
            }
            Iterator<TracedCall> calls = generated(rows);
            for (int r = 1; calls.hasNext(); r++) {
                TracedCall call = calls.next();
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(CallWording.customer(call));
                if (call.notifications().size() == 1) {
                    row.createCell(1).setCellValue(LocalDateTime.ofInstant(call.notifications().get(0), ZoneOffset.UTC));
                } else {
                    row.createCell(1).setCellValue(CallWording.timestamps(call.notifications(), CallWording.ONE_PER_LINE));
                }
                row.createCell(2).setCellValue(LocalDateTime.ofInstant(call.callTimeUtc(), ZoneOffset.UTC));
                row.createCell(3).setCellValue(call.callerId());
                row.createCell(4).setCellValue(call.calledNumber());
                row.createCell(5).setCellValue(CallWording.description(call));
                row.createCell(6).setCellValue(call.violation());
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Calls made on demand, so the generator itself holds no rows in memory. */
    static Iterator<TracedCall> generated(int rows) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < rows;
            }

            @Override
            public TracedCall next() {
                if (next >= rows) {
                    throw new NoSuchElementException();
                }
                int n = next++;
                return Calls.call(n, n % 50 == 0 ? "=HYPERLINK(\"http://example.com\",\"x\")" : "+1888" + (5_550_000 + n % 10_000));
            }
        };
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String[] round(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format("%.2f", v)).toArray(String[]::new);
    }
}
