package org.tracebench.cases;

import java.time.LocalDate;

/**
 * Deliberate breaches for ArchitectureRulesBiteTest, never used: a capability reaching another without a
 * named arrow, a repository built outside the root, the system clock, the console, and half of a cycle with
 * the store.
 */
public final class CasesArchViolation {

    org.tracebench.letters.LetterService letters;
    org.tracebench.store.StoreArchViolation store;

    public static final class ThingRepository {
    }

    Object build() {
        System.out.println("breach");
        return new ThingRepository();
    }

    LocalDate today() {
        return LocalDate.now();
    }
}
