package org.tracebench.cases;

import org.tracebench.model.Deadline;
import org.tracebench.model.Notice;

/** A letter recorded as sent on a case, and the response deadline it set (null when it set none). */
public record LetterSent(Notice notice, Deadline deadline) {
}
