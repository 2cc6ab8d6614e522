package org.tracebench.model;

/** A group of calls with (nearly) identical content, e.g. "SSA Imposter". */
public record Campaign(long id, String name, String description) {
}
