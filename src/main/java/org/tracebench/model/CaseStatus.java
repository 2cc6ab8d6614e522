package org.tracebench.model;

/** Life cycle of an enforcement case. */
public enum CaseStatus {
    DRAFT, SENT, RESPONSE_DUE, RESPONDED, CLOSED
}
