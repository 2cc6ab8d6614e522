package org.tracebench;

import org.tracebench.cli.TracebenchCommand;
import org.tracebench.ui.TracebenchApp;
import picocli.CommandLine;

/**
 * The one entry point: with a subcommand it runs a batch command without a display; with none it opens
 * the workbench window. Kept free of JavaFX types so batch runs never touch the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        TracebenchCommand top = new TracebenchCommand();
        CommandLine commandLine = TracebenchCommand.commandLine(top);
        Thread.setDefaultUncaughtExceptionHandler(TracebenchCommand.uncaughtHandler(commandLine.getErr()));
        int exitCode = commandLine.execute(args);
        if (exitCode == TracebenchCommand.EXIT_OK && top.guiRequested()) {
            TracebenchApp.launchWith(top.databaseArgument(), top.caseFileArgument());
            return;
        }
        System.exit(exitCode);
    }
}
