package org.tracebench.rmd;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.tracebench.model.StirShaken;

/**
 * One row of the FCC's public RMD export, as read: {@code rowNumber} is the line's record number in the
 * file (the header is row 1), kept so every message can point back to it.
 */
public record RmdRecord(
        int rowNumber,
        String rmdNumber,
        String businessName,
        String frn,
        List<String> previousDbaNames,
        List<String> otherDbaNames,
        boolean foreignProvider,
        String implementation,
        String gatewayChoice,
        String intermediateChoice,
        String contactName,
        String contactTitle,
        String contactDepartment,
        String contactAddress,
        String contactEmail,
        String contactPhone,
        String country,
        LocalDate lastUpdated,
        LocalDate lastRecertified) {

    public RmdRecord {
        previousDbaNames = previousDbaNames == null ? List.of() : List.copyOf(previousDbaNames);
        otherDbaNames = otherDbaNames == null ? List.of() : List.copyOf(otherDbaNames);
    }

    /** STIR/SHAKEN implementation as certified, read from the free-text implementation column. */
    public StirShaken stirShaken() {
        return implementationOf(implementation);
    }

    /** The business name, then other and previous DBA names: every name the filer goes by. */
    public List<String> allNames() {
        return Stream.concat(Stream.of(businessName), Stream.concat(otherDbaNames.stream(), previousDbaNames.stream()))
                .filter(n -> n != null && !n.isBlank()).distinct().toList();
    }

    static StirShaken implementationOf(String text) {
        if (text == null || text.isBlank()) {
            return StirShaken.UNKNOWN;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("complete")) {
            return StirShaken.COMPLETE;
        }
        if (lower.startsWith("partial")) {
            return StirShaken.PARTIAL;
        }
        if (lower.startsWith("no ") || lower.equals("none") || lower.startsWith("no stir")) {
            return StirShaken.NONE;
        }
        return StirShaken.UNKNOWN;
    }
}
