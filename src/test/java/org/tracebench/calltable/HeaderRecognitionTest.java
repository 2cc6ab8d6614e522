package org.tracebench.calltable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11: Attachment A headers as people write them are recognised without a column mapping. */
class HeaderRecognitionTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Customer | CUSTOMER",
        "Customer: | CUSTOMER",
        "CUSTOMERS | CUSTOMER",
        "customer(s) | CUSTOMER",
        "Customer (Name) | CUSTOMER",
        "  Customer   Name  | CUSTOMER",
        "\uFEFFCustomer | CUSTOMER",
        "Date of ITG Notification | NOTIFIED",
        "ITG Notice Date(s) | NOTIFIED",
        "ITG Notice Dates | NOTIFIED",
        "Date of ITG Notification (UTC) | NOTIFIED",
        "date_of_itg_notification | NOTIFIED",
        "Date-of-ITG-Notification: | NOTIFIED",
        "Date of Call | CALL_TIME",
        "Date of Call (UTC) | CALL_TIME",
        "Date of Call [EST] | CALL_TIME",
        "Date of Call EST | CALL_TIME",
        "Date of Call (Eastern Time) | CALL_TIME",
        "Dates of Calls | CALL_TIME",
        "DATE OF CALL: | CALL_TIME",
        "Call Date/Time | CALL_TIME",
        "Date(s) | CALL_TIME",
        "Caller ID | CALLER_ID",
        "Caller ID (ANI) | CALLER_ID",
        "Caller-ID | CALLER_ID",
        "caller_id | CALLER_ID",
        "Caller I.D. | CALLER_ID",
        "Caller IDs | CALLER_ID",
        "ANI | CALLER_ID",
        "Called Number | CALLED_NUMBER",
        "Called Number(s) | CALLED_NUMBER",
        "Called Numbers: | CALLED_NUMBER",
        "Called Number (DNIS) | CALLED_NUMBER",
        "DNIS | CALLED_NUMBER",
        "Dialed Number [10 digits] | CALLED_NUMBER",
    })
    void recognisesSpelling(String written, String expected) {
        assertThat(AttachmentColumn.recognise(written)).as(written).contains(AttachmentColumn.valueOf(expected));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Description | DESCRIPTION",
        "Descriptions | DESCRIPTION",
        "Description: | DESCRIPTION",
        "Campaign(s) | DESCRIPTION",
        "Campaign Name | DESCRIPTION",
        "Call Type [robocall] | DESCRIPTION",
        "Violation | VIOLATION",
        "Violation(s) | VIOLATION",
        "Violations | VIOLATION",
        "VIOLATION(S): | VIOLATION",
        "Alleged Violation(s) | VIOLATION",
        "Rule(s) Violated | VIOLATION",
        "Legal basis (47 CFR) | VIOLATION",
    })
    void recognisesMoreSpellings(String written, String expected) {
        assertThat(AttachmentColumn.recognise(written)).as(written).contains(AttachmentColumn.valueOf(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Notes", "Note", "Provider Comments", "Comments", "Remarks", "Provider", "Upstream Provider",
        "Response", "Hop", "Traceback ID", "Status", "Call Count", "Duration (s)", "(UTC)", "(s)", "", "   ", ":",
        "Customer Notes", "Date Received", "Caller Address"})
    void leavesOtherHeadersToTheMapping(String written) {
        assertThat(AttachmentColumn.recognise(written)).as(written).isEqualTo(Optional.empty());
    }

    @Test
    void noTwoColumnsShareAFoldedWording() {
        Set<String> seen = new HashSet<>();
        for (AttachmentColumn column : AttachmentColumn.values()) {
            for (String folded : column.foldedVariants()) {
                assertThat(seen.add(folded)).as("\"%s\" (%s) is also a wording of another column", folded, column).isTrue();
            }
        }
    }

    @Test
    void everyListedWordingIsRecognisedAsItsColumn() {
        for (AttachmentColumn column : AttachmentColumn.values()) {
            assertThat(AttachmentColumn.recognise(column.header())).contains(column);
            for (String variant : column.variants()) {
                assertThat(AttachmentColumn.recognise(variant)).as(variant).contains(column);
            }
        }
    }

    @Test
    void bracketContentIsTriedBeforeItIsDropped() {
        assertThat(HeaderFold.candidates("Caller ID (ANI)")).containsExactly("caller id ani", "caller id");
        assertThat(HeaderFold.candidates("Date of Call (UTC)")).containsExactly("date of call");
        assertThat(HeaderFold.fold("ITG Notice Date(s):")).isEqualTo("itg notice date");
    }
}
