package org.tracebench.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import org.slf4j.helpers.MessageFormatter;
import org.tracebench.store.DatabaseLocation;

/**
 * One log line per event, in the usual "time level [thread] logger - message" form, that can withhold case
 * data. The log file of an encrypted database sits beside it in plain text, so there an event keeps only
 * what the program itself wrote: the message pattern, arguments that cannot carry case data (numbers,
 * enums, durations, the database location, {@link Safe} text), and for a failure the class names and stack
 * frames of its causes. Strings, file paths and every exception message are withheld: an exception message
 * may quote a cell, a provider name or H2's SQL with its values, and nothing reliable tells which do.
 */
final class CaseDataSafeLayout extends LayoutBase<ILoggingEvent> {

    static final String WITHHELD = "<withheld: encrypted database>";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    /** Text a caller vouches for as holding no case data, such as a command's name. */
    record Safe(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final BooleanSupplier withholdCaseData;

    CaseDataSafeLayout(BooleanSupplier withholdCaseData) {
        this.withholdCaseData = withholdCaseData;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        boolean withhold = withholdCaseData.getAsBoolean();
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ')
                .append(String.format("%-5s", event.getLevel())).append(" [").append(event.getThreadName()).append("] ")
                .append(event.getLoggerName()).append(" - ")
                .append(withhold ? withheldMessage(event) : event.getFormattedMessage())
                .append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy failure = event.getThrowableProxy();
        if (failure != null) {
            line.append(withhold ? framesOnly(failure) : ThrowableProxyUtil.asString(failure))
                    .append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }

    private static String withheldMessage(ILoggingEvent event) {
        Object[] arguments = event.getArgumentArray();
        if (arguments == null || arguments.length == 0) {
            return event.getMessage();
        }
        Object[] kept = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            kept[i] = holdsNoCaseData(arguments[i]) ? arguments[i] : WITHHELD;
        }
        return MessageFormatter.arrayFormat(event.getMessage(), kept).getMessage();
    }

    private static boolean holdsNoCaseData(Object argument) {
        return argument == null || argument instanceof Number || argument instanceof Boolean
                || argument instanceof Enum<?> || argument instanceof Duration || argument instanceof Safe
                || argument instanceof DatabaseLocation;
    }

    /** The chain of causes by class, with frames: where it failed, never what the data said. */
    private static String framesOnly(IThrowableProxy failure) {
        StringBuilder out = new StringBuilder();
        String prefix = "";
        for (IThrowableProxy cause = failure; cause != null; cause = cause.getCause()) {
            out.append(prefix).append(cause.getClassName()).append(": ").append(WITHHELD);
            for (StackTraceElementProxy frame : cause.getStackTraceElementProxyArray()) {
                out.append(CoreConstants.LINE_SEPARATOR).append('\t').append(frame.getSTEAsString());
            }
            prefix = CoreConstants.LINE_SEPARATOR + "Caused by: ";
        }
        return out.toString();
    }
}
