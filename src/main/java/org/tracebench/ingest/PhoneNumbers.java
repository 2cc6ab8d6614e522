package org.tracebench.ingest;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers in E.164 (+12025550182) where libphonenumber can read them as a possible number of the
 * given region (or of the country they name); otherwise kept exactly as written, with the reason.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number as stored, and the reason it could not be normalized (null when it could, or was empty). */
    public record Result(String value, String problem) {
        public boolean changed(String written) {
            return value != null && !value.equals(written);
        }
    }

    public static Result normalize(String written, String region) {
        if (written == null || written.isBlank()) {
            return new Result(null, null);
        }
        String text = written.strip();
        try {
            PhoneNumber number = UTIL.parse(text, region);
            if (!UTIL.isPossibleNumber(number)) {
                return new Result(text, "not a possible phone number; kept as written");
            }
            return new Result(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), null);
        } catch (NumberParseException e) {
            return new Result(text, "not a phone number (" + e.getErrorType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "); kept as written");
        }
    }
}
