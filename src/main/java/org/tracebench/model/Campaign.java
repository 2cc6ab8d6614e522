package org.tracebench.model;

/**
 * A group of calls with (nearly) identical content, e.g. "SSA Imposter". {@code mergedInto} is the campaign
 * its calls count under once it was merged (its name is then an alias of that one), else null.
 */
public record Campaign(long id, String name, String description, Long mergedInto) {

    public Campaign(long id, String name, String description) {
        this(id, name, description, null);
    }

    public boolean merged() {
        return mergedInto != null;
    }
}
