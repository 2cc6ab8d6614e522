/**
 * The Letters screen: findings, template, fields and citations of a draft, live page preview, PDF and DOCX
 * export.
 */
package org.tracebench.ui.letters;
