package org.tracebench.cases;

import org.tracebench.model.CaseFile;

/** A case a provider appears in: as its target, and/or in the call paths or as a named customer of its calls. */
public record ProviderCase(CaseFile caseFile, boolean target, int callsInPaths, int callsAsCustomer) {

    public String role() {
        StringBuilder role = new StringBuilder(target ? "target" : "");
        if (callsInPaths > 0) {
            role.append(role.isEmpty() ? "" : "; ").append("in the path of ").append(callsInPaths).append(" traced calls");
        }
        if (callsAsCustomer > 0) {
            role.append(role.isEmpty() ? "" : "; ").append("customer in ").append(callsAsCustomer).append(" traced calls");
        }
        return role.toString();
    }
}
