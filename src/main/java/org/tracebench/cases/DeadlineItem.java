package org.tracebench.cases;

import org.tracebench.model.Deadline;

/** A deadline as the dashboard shows it: its case, how it stands today, and how many days away (negative: past). */
public record DeadlineItem(Deadline deadline, String caseKey, String caseTitle, State state, long days) {

    public enum State {
        OVERDUE("Overdue"), DUE_TODAY("Due today"), DUE_SOON("Due this week"), UPCOMING("Upcoming");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
