package org.tracebench.store;

import java.util.List;

/**
 * The parts a case is made of when it travels between databases (decision 0702): each a table of the store,
 * written as one file of a case file with the columns listed here, in this order. References to other
 * records are the other record's identity ({@code uid}), never a database id, so they mean the same thing
 * in every database. Parts come in the order they must be written in (what is referred to first).
 */
public enum CasePart {
    PROVIDERS("providers", true, "provider",
            text("name"), text("kind"), text("frn"), text("rmd_number"), text("rmd_status"), bool("is_foreign"),
            text("country"), text("stir_shaken"), text("contact_person"), text("contact_title"), text("contact_address"),
            text("contact_emails"), text("contact_phone"), bool("illustrative"), bool("sample"), folded("aliases")),
    CAMPAIGNS("campaigns", true, "campaign", text("name"), text("description"), folded("counted_as")),
    CASE("case", true, "case_file",
            text("case_key"), text("title"), ref("target_provider", "target_provider_id", "provider"),
            text("issuing_office"), text("letter_kind"), text("status"), date("opened_on"), date("letter_date"),
            text("signatory"), text("recipient_person"), text("recipient_title"), text("recipient_address"),
            text("recipient_emails"), text("recipient_phone"), text("notes"), bool("sample")),
    SOURCES("sources", false, "import_batch",
            text("file_name"), number("file_size"), text("sha256"), text("format"), text("column_mapping"),
            text("on_duplicate"), text("actor"), instant("imported_at"), number("rows_read"), number("rows_written"),
            number("rows_skipped"), number("rows_updated"), instant("undone_at"), text("undone_by")),
    CALLS("calls", true, "traced_call",
            number("row_order"), text("traceback_id"), instant("call_time_utc"), text("caller_id"), text("called_number"),
            ref("campaign", "campaign_id", "campaign"), text("violation"), text("response"), text("customer_as_written"),
            text("description"), ref("source", "import_batch_id", "import_batch"), folded("notifications"),
            folded("customers"), folded("invalid_cells")),
    HOPS("hops", true, "hop",
            ref("call", "traced_call_id", "traced_call"), number("hop_order"), ref("provider", "provider_id", "provider"),
            text("role"), instant("notified_at"), instant("responded_at"), text("response"), text("attestation"),
            bool("illustrative"), text("provider_as_written"), ref("source", "import_batch_id", "import_batch")),
    FACTS("facts", false, "case_fact", date("fact_date"), text("fact"), text("source"), bool("disputed"), folded("calls")),
    LETTERS("letters", false, "notice",
            date("sent_on"), text("template"), text("recipients"), text("data_hash"), text("file_number"),
            bool("illustrative_allowed"), number("illustrative_findings"), text("illustrative_note"), folded("sources")),
    DEADLINES("deadlines", false, "deadline",
            instant("due_at"), text("description"), text("set_by"), bool("done"), ref("letter", "notice_id", "notice")),
    RESPONSES("responses", false, "case_response",
            date("received_on"), text("summary"), text("attachment_path"), ref("letter", "notice_id", "notice")),
    ENFORCEMENT("enforcement", false, "enforcement_action",
            ref("provider", "provider_id", "provider"), text("kind"), date("action_date"), text("file_number"),
            text("issued_by"), text("summary")),
    // What a case's letters are made of besides its records (decision 0715): the offices and signatories it uses
    // (matched like providers), which of them it chose, the attorney's letter fields and finding edits.
    OFFICES("offices", false, "issuing_office",
            text("office_key"), text("name_lines"), text("header_right"), text("address"), text("phone"), text("email"),
            text("web"), text("logo_png"), bool("sample")),
    SIGNATORIES("signatories", false, "signatory",
            ref("office", "office_id", "issuing_office"), text("person_name"), text("title"), text("office_lines"),
            bool("sample")),
    CASE_OFFICE("case-office", false, "case_office",
            ref("office", "office_id", "issuing_office"), ref("signatory", "signatory_id", "signatory")),
    LETTER_FIELDS("letter-fields", false, "case_letter_field", text("field_name"), text("field_value")),
    FINDING_EDITS("finding-edits", false, "letter_finding_edit",
            text("finding_key"), bool("included"), text("title"), text("body")),
    /** What undoing an import batch needs (decision 0716): the calls as they were before it rewrote them. */
    IMPORT_UNDO("import-undo", false, "import_batch_prior_call",
            ref("batch", "batch_id", "import_batch"), text("audit_entry"), folded("prior_calls")),
    /**
     * The providers and campaigns an import batch created, which undoing it removes when nothing uses them: only
     * added where this database's copy was added by a case import too, never compared (decision 0716).
     */
    IMPORT_CREATED("import-created", false, "import_batch_created",
            ref("batch", "batch_id", "import_batch"), text("kind"), text("record")),
    AUDIT("audit", false, "audit_log",
            instant("at"), text("actor"), text("entity"), folded("entity_record"), text("action"), text("detail"));

    /** How a column's value is written as text in a case file. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, DATE, INSTANT, REFERENCE, FOLDED }

    /**
     * One column of a part: its name in the file, the table column it is stored in (null for values folded
     * from child rows), and for a reference the table of the record it names.
     */
    public record Column(String name, Kind kind, String sqlColumn, String refersTo) {
    }

    private final String fileStem;
    private final boolean required;
    private final String table;
    private final List<Column> columns;

    CasePart(String fileStem, boolean required, String table, Column... columns) {
        this.fileStem = fileStem;
        this.required = required;
        this.table = table;
        this.columns = List.of(columns);
    }

    /** The part's file name inside a case file, e.g. "calls.csv". */
    public String fileName() {
        return fileStem + ".csv";
    }

    public String stem() {
        return fileStem;
    }

    /**
     * Required parts are in every case file; the others were added to the format over time, and a file without
     * one (from an older build) imports with that part empty.
     */
    public boolean required() {
        return required;
    }

    String table() {
        return table;
    }

    /** The file's columns after the first, which is always "uid". */
    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * Providers, campaigns, offices and signatories belong to the whole database: they are matched by name in the
     * database imported into, never copied over a local one.
     */
    public boolean matchedByName() {
        return this == PROVIDERS || this == CAMPAIGNS || this == OFFICES || this == SIGNATORIES;
    }

    /**
     * Parts whose records are rows keyed by the case (or import batch) and a name, not records with an id and a
     * stored identity: their identity is made from the owner's identity and that name, so it is the same in every
     * database, and an import writes them by that key ({@link CaseLetterParts}).
     */
    public boolean identityFromOwner() {
        return this == CASE_OFFICE || this == LETTER_FIELDS || this == FINDING_EDITS || this == IMPORT_UNDO
                || this == IMPORT_CREATED;
    }

    /** Audit entries and what an import created are only ever added, never compared or changed. */
    public boolean appendOnly() {
        return this == AUDIT || this == IMPORT_CREATED;
    }

    public static java.util.Optional<CasePart> byFileName(String name) {
        for (CasePart part : values()) {
            if (part.fileName().equals(name)) {
                return java.util.Optional.of(part);
            }
        }
        return java.util.Optional.empty();
    }

    private static Column text(String name) {
        return new Column(name, Kind.TEXT, name, null);
    }

    private static Column number(String name) {
        return new Column(name, Kind.NUMBER, name, null);
    }

    private static Column bool(String name) {
        return new Column(name, Kind.BOOLEAN, name, null);
    }

    private static Column date(String name) {
        return new Column(name, Kind.DATE, name, null);
    }

    private static Column instant(String name) {
        return new Column(name, Kind.INSTANT, name, null);
    }

    private static Column ref(String name, String sqlColumn, String table) {
        return new Column(name, Kind.REFERENCE, sqlColumn, table);
    }

    private static Column folded(String name) {
        return new Column(name, Kind.FOLDED, null, null);
    }
}
