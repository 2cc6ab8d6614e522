package org.tracebench.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tracebench.model.ResponseStatus;

/**
 * The Customer column of an attachment table: one or several caller names ("Go4Customer / CyFuture"),
 * or a response status written where a name would be ("No Response"), which is not a party.
 */
public record CustomerCell(List<String> names, ResponseStatus response) {

    public static CustomerCell parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        String folded = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (folded.isEmpty() || folded.equals("pending")) {
            return new CustomerCell(List.of(), ResponseStatus.PENDING);
        }
        if (folded.equals("noresponse") || folded.equals("notresponsive") || folded.equals("nonresponsive")
                || folded.equals("unresponsive") || folded.equals("noanswer")) {
            return new CustomerCell(List.of(), ResponseStatus.NO_RESPONSE);
        }
        // Slashes and semicolons separate names; "PZ/Illum" (no spaces) is one name, so require spacing.
        List<String> names = Arrays.stream(text.split("\\s+/\\s+|\\s*;\\s*"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CustomerCell(names, ResponseStatus.CUSTOMER_IDENTIFIED);
    }
}
