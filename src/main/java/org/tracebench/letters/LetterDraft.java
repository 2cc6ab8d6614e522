package org.tracebench.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Provider;

/**
 * Everything a letter is made from before layout: the case, its target, the template, the letter date, the
 * findings (as edited), the deadlines, the merge data and Attachment A, with a hash of that data.
 */
public record LetterDraft(CaseFile caseFile, Provider target, LetterTemplate template, LocalDate letterDate,
                          List<Finding> findings, List<ComputedDeadline> deadlines, Map<String, Object> data,
                          AttachmentTable attachment, List<String> recipients, String dataHash) {

    public LetterDraft {
        findings = List.copyOf(findings);
        deadlines = List.copyOf(deadlines);
        recipients = List.copyOf(recipients);
    }
}
