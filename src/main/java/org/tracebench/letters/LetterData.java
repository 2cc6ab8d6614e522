package org.tracebench.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Contact;
import org.tracebench.model.NameKey;
import org.tracebench.model.Provider;
import org.tracebench.model.TracedCall;

/**
 * Builds the merge data a template sees: letter, sender, recipient, target, findings, deadlines, attachment
 * and warning. Every key is always present (possibly empty), so a misspelt field is reported rather than
 * silently printed as nothing. The field list is in docs/letters.md.
 */
final class LetterData {

    private LetterData() {
    }

    static Map<String, Object> build(CaseFile caseFile, Provider target, Map<String, String> fields, LocalDate letterDate,
                                     List<Finding> findings, List<ComputedDeadline> deadlines, List<CaseFact> facts,
                                     List<TracedCall> calls) {
        String shortName = shortName(target, fields);
        Map<String, Object> data = new LinkedHashMap<>();

        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("date", letterDate);
        letter.put("dateIso", letterDate.toString());
        letter.put("fileNumber", fields.get("fileNumber"));
        letter.put("delivery", fields.get("delivery"));
        letter.put("inquiries", fields.get("inquiries"));
        letter.put("ccInquiries", fields.get("ccInquiries"));
        letter.put("publicationUrl", fields.get("publicationUrl") == null ? null : new Markup(fields.get("publicationUrl")));
        letter.put("title", caseFile.title());
        data.put("letter", letter);

        Map<String, Object> sender = new LinkedHashMap<>();
        sender.put("office", caseFile.issuingOffice());
        sender.put("letterhead", lines(fields.getOrDefault("letterhead", caseFile.issuingOffice())));
        sender.put("headerRight", lines(fields.get("headerRight")));
        sender.put("signature", lines(fields.getOrDefault("signature", caseFile.signatory())));
        sender.put("contact", fields.get("letterheadContact"));
        data.put("sender", sender);

        Contact to = isEmpty(caseFile.recipient()) ? target.contact() : caseFile.recipient();
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("company", target.name());
        recipient.put("person", to.person());
        recipient.put("title", to.title());
        List<String> address = lines(to.address());
        if (address.isEmpty() || !NameKey.of(address.get(0)).equals(NameKey.of(target.name()))) {
            List<String> withName = new ArrayList<>();
            withName.add(target.name());
            withName.addAll(address);
            address = withName;
        }
        recipient.put("address", address);
        List<String> emails = to.emails().isEmpty() ? target.contact().emails() : to.emails();
        recipient.put("emails", emails);
        recipient.put("emailsText", String.join("; ", emails));
        List<String> cc = lines(fields.get("ccAddress"));
        recipient.put("ccAddress", cc);
        recipient.put("ccAddressFirst", cc.isEmpty() ? null : cc.get(0));
        recipient.put("ccAddressRest", cc.isEmpty() ? List.of() : cc.subList(1, cc.size()));
        recipient.put("salutation", fields.getOrDefault("salutation",
                to.person() == null ? "To Whom It May Concern" : to.person()));
        data.put("recipient", recipient);

        Map<String, Object> targetData = new LinkedHashMap<>();
        targetData.put("name", target.name());
        targetData.put("short", shortName);
        targetData.put("rmdStatus", target.rmdStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        targetData.put("rmdNumber", target.rmdNumber());
        targetData.put("notInRmd", !target.rmdStatus().isListed());
        targetData.put("foreign", target.foreign());
        targetData.put("country", target.country());
        data.put("target", targetData);

        Map<String, Object> findingData = new LinkedHashMap<>();
        for (String key : List.of(FindingsEngine.RMD, FindingsEngine.DOWNSTREAM, FindingsEngine.NON_RESPONSE,
                FindingsEngine.ORIGINATION, FindingsEngine.WARNING)) {
            findingData.put(key, null);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding finding : findings) {
            if (!finding.included()) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("key", finding.key());
            f.put("title", finding.title());
            f.put("text", finding.text());
            f.put("items", finding.items());
            f.put("tracedCalls", finding.supportingCallIds().size());
            findingData.put(finding.key(), f);
            if (!finding.key().equals(FindingsEngine.ORIGINATION) && !finding.key().equals(FindingsEngine.WARNING)) {
                list.add(f);
            }
        }
        findingData.put("list", list);
        data.put("findings", findingData);

        Map<String, Object> deadlineData = new LinkedHashMap<>();
        for (ComputedDeadline d : deadlines) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", d.written());
            m.put("period", d.period());
            m.put("amount", d.rule().amount());
            m.put("description", d.rule().description());
            deadlineData.put(d.rule().key(), m);
        }
        data.put("deadlines", deadlineData);

        Map<String, Object> attachment = new LinkedHashMap<>();
        Instant first = calls.stream().map(TracedCall::callTimeUtc).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        Instant last = calls.stream().map(TracedCall::callTimeUtc).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        attachment.put("rows", calls.size());
        attachment.put("firstCall", first == null ? null : LetterDates.longDate(first.atZone(ZoneOffset.UTC).toLocalDate()));
        attachment.put("lastCall", last == null ? null : LetterDates.longDate(last.atZone(ZoneOffset.UTC).toLocalDate()));
        attachment.put("window", fields.getOrDefault("investigationWindow", first == null ? null
                : LetterDates.longDate(first.atZone(ZoneOffset.UTC).toLocalDate()) + " and "
                + LetterDates.longDate(last.atZone(ZoneOffset.UTC).toLocalDate())));
        attachment.put("campaigns", calls.stream().map(TracedCall::campaign).filter(Objects::nonNull).distinct().sorted().toList());
        data.put("attachment", attachment);

        Map<String, Object> warning = new LinkedHashMap<>();
        List<String> volumes = new ArrayList<>();
        List<String> otherFacts = new ArrayList<>();
        for (CaseFact fact : facts) {
            String text = fact.fact().trim();
            if (text.regionMatches(true, 0, "Estimated volume:", 0, 17)) {
                volumes.add(capitalize(text.substring(17).trim()));
            } else if (caseFile.letterKind() == org.tracebench.model.LetterKind.WARNING_LETTER
                    && !text.matches("(?i).*traceback notices.*")) {
                otherFacts.add(text);
            }
        }
        warning.put("volumes", volumes);
        warning.put("otherFacts", otherFacts);
        data.put("warning", warning);
        return data;
    }

    static String shortName(Provider target, Map<String, String> fields) {
        String saved = fields.get("shortName");
        if (saved != null && !saved.isBlank()) {
            return saved.trim();
        }
        // The shortest alias that is not an abbreviation of a different party reads best in running text.
        return target.aliases().stream().filter(a -> a.length() >= 3 && a.length() < target.name().length())
                .findFirst().orElse(target.name());
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A case recipient without person, address or e-mails: the letter goes to the provider's own contact. */
    private static boolean isEmpty(Contact contact) {
        return (contact.person() == null || contact.person().isBlank())
                && (contact.address() == null || contact.address().isBlank()) && contact.emails().isEmpty();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
