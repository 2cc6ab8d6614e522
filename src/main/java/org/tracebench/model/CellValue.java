package org.tracebench.model;

/** One table cell's text, as a record so a conflict over a single cell reads like any other edit conflict. */
public record CellValue(String value) {
}
