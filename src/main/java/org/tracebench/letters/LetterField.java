package org.tracebench.letters;

import java.util.List;

/** The per-case letter fields the case record does not hold, with what each is for (shown in the editor). */
public enum LetterField {
    SHORT_NAME("shortName", "Short name of the target used in the letter's text, e.g. PZ/Illum"),
    SALUTATION("salutation", "Salutation, e.g. 'Mr. Anand' or 'To Whom It May Concern'"),
    DELIVERY("delivery", "Delivery line, e.g. VIA CERTIFIED MAIL - RETURN RECEIPT REQUESTED"),
    FILE_NUMBER("fileNumber", "The office's file number"),
    LETTERHEAD("letterhead", "Letterhead lines, one per line"),
    HEADER_RIGHT("headerRight", "Lines printed right under the letterhead (author, e-mail)"),
    LETTERHEAD_CONTACT("letterheadContact", "The contact line under the letterhead's rule (address, phone, e-mail, web)"),
    SIGNATURE("signature", "Signature block under the closing: name, title, office, one per line"),
    CC_ADDRESS("ccAddress", "A second postal address the letter is copied to, one line per line"),
    INQUIRIES("inquiries", "Who answers questions: name, title and how to reach them"),
    CC_INQUIRIES("ccInquiries", "Who is copied on responses"),
    PUBLICATION_URL("publicationUrl", "Where the notice will be published"),
    INVESTIGATION_WINDOW("investigationWindow", "The investigation window as written, e.g. 'August 24, 2021 and October 15, 2021'"),
    SINCE("since", "Date findings count from (YYYY-MM-DD); default: the case's opening date");

    private final String key;
    private final String help;

    LetterField(String key, String help) {
        this.key = key;
        this.help = help;
    }

    public String key() {
        return key;
    }

    public String help() {
        return help;
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(LetterField::key).toList();
    }
}
