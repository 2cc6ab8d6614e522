/**
 * The call table: the columns of an FCC-style Attachment A ({@link org.tracebench.calltable.AttachmentColumn},
 * with the header wordings recognised for each) and the one wording of a traced call's cells
 * ({@link org.tracebench.calltable.CallWording}). Attachment A goes to court in three forms (the Calls screen,
 * the XLSX workbook, the letter's PDF or DOCX), so the same call must read the same in each; this package is
 * the only place that decides how. Used by {@code ingest} (header recognition, the editor's rows),
 * {@code sheets} (the workbook), {@code letters} (Attachment A) and {@code ui.calls} (the table). Depends
 * only on {@code model} and the JDK, so that the outputs do not depend on the importer. Reading text back into
 * values stays with {@code ingest}. See docs/decisions/0006-call-table-package.md.
 */
package org.tracebench.calltable;
