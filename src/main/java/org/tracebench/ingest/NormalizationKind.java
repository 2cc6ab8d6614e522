package org.tracebench.ingest;

/** The kinds of change an import makes to what was written, each counted and shown with examples. */
public enum NormalizationKind {
    TIMESTAMP_READ("timestamp read as UTC date and time"),
    TIMESTAMP_NO_ZONE("no time zone written; taken as UTC"),
    SPREADSHEET_DATE("spreadsheet date value read"),
    SEVERAL_TIMESTAMPS("several timestamps in one cell"),
    PHONE_E164("phone number written in E.164"),
    NO_RESPONSE_STATUS("a response status, not a party name"),
    SEVERAL_NAMES("several names in one cell"),
    NAME_MERGED("spelling of a known party; kept as an alias"),
    VALUE_TRIMMED("spaces around the value removed"),
    REPEATED_HEADER("header row repeated (page break); skipped"),
    CAMPAIGN_ACCEPTED("campaign renamed to the existing one, as accepted");

    private final String why;

    NormalizationKind(String why) {
        this.why = why;
    }

    public String why() {
        return why;
    }
}
