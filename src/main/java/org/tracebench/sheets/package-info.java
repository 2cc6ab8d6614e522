/**
 * Attachment tables out to XLSX (streaming, styled, safe from formula injection) and back in for the round
 * trip; column presets.
 */
package org.tracebench.sheets;
