import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.work.Progress;

/**
 * Where one import's CPU goes (ingest-cost.sh with PHASES=1): the process's CPU time (every thread, so JIT
 * compilation and garbage collection are counted where they happen) and the wall time at the end of each phase
 * of a traceback import into case 1, as the batch command does it but without the command line around it.
 * Compiled by the script against each jar; it uses only what the commit before issue 11 had too, and reaches
 * the automatic backup by reflection because that commit had none.
 *   java -cp DIR:tracebench.jar ImportPhases DB-DIRECTORY FILE [backup|after-close]
 * "backup" takes the backup the batch command takes on close, timed on its own; "after-close" instead zips
 * the closed (compacted) file the way H2's BACKUP TO zips the open one, to show what that would cost.
 */
public class ImportPhases {

    private static double lastCpu;

    public static void main(String[] args) throws Exception {
        mark("JVM start");
        Path directory = Path.of(args[0]);
        String backup = args.length > 2 ? args[2] : "";
        Workbench workbench = Workbench.open(DatabaseLocation.of(directory.toString()));
        mark("open the store");
        ImportReport report = workbench.importer().run(ImportSource.of(Path.of(args[1])), ImportOptions.forCase(1L),
                Progress.NONE);
        // The automatic backup zips the whole file, superseded pages H2 has not yet dropped included.
        mark("import (" + report.outcome() + "), file " + Files.size(directory.resolve("tracebench.mv.db")) / 1_000_000 + " MB");
        if (backup.equals("backup")) {
            Object backups = Workbench.class.getMethod("backups").invoke(workbench);
            backups.getClass().getMethod("backUpNow").invoke(backups);
            mark("backup, as on close");
        }
        workbench.close();
        mark("close");
        if (backup.equals("after-close")) {
            Path file = directory.resolve("tracebench.mv.db");
            Path zip = directory.resolve("after-close.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
            mark("zip of the closed file, " + Files.size(file) / 1_000_000 + " MB -> " + Files.size(zip) / 1_000_000 + " MB");
            Files.delete(zip);
        }
    }

    private static void mark(String phase) {
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        System.out.printf("  %-48s %6.2f s CPU   (since the JVM started: %6.2f s CPU, %6.2f s wall)%n", phase,
                cpu - lastCpu, cpu, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        lastCpu = cpu;
    }
}
