package org.tracebench.app;

/**
 * Who the audit log and the merge history name for the changes made in this run. Read from the
 * environment here and nowhere else, so a service never decides on its own who is acting.
 */
public record ActingUser(String name) {

    public ActingUser {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the acting user needs a name");
        }
    }

    /** The {@code tracebench.user} system property when set (shared machines, scripted runs), else the login name. */
    public static ActingUser fromSystem() {
        return new ActingUser(System.getProperty("tracebench.user", System.getProperty("user.name", "unknown")));
    }
}
