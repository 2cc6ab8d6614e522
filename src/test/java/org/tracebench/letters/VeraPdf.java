package org.tracebench.letters;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** veraPDF's greenfield validator, run on a PDF in memory; failures come back as readable lines. */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** What one validation found: the profile's rule count, the checks made and each failed rule as a line. */
    record Report(PDFAFlavour flavour, int rules, int checks, List<String> failures) {
        boolean compliant() {
            return failures.isEmpty();
        }

        @Override
        public String toString() {
            return flavour.getId() + ": " + rules + " rules, " + checks + " checks, " + failures.size() + " failed"
                    + (failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures));
        }
    }

    private VeraPdf() {
    }

    static Report validate(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
                RuleId id = failed.getKey();
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                String where = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED && a.getRuleId().equals(id))
                        .map(a -> a.getLocation().getContext() + (a.getErrorMessage() == null ? "" : " (" + a.getErrorMessage() + ")"))
                        .findFirst().orElse("");
                failures.add(id.getSpecification().getId() + " clause " + id.getClause() + " test " + id.getTestNumber()
                        + " (" + failed.getValue() + "x): " + (rule == null ? "" : rule.getDescription()) + " at " + where);
            }
            return new Report(flavour, result.getValidationProfile().getRules().size(), result.getTotalAssertions(),
                    failures);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF: " + e, e);
        }
    }
}
