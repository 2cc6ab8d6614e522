/**
 * Notice letters: templates in our own syntax, findings from the graph's provider queries, citations and
 * footnotes, deadlines, and the PDF and DOCX writers with Attachment A.
 */
package org.tracebench.letters;
