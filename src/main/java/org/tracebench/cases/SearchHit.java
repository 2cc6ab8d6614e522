package org.tracebench.cases;

/**
 * One result of the search box: what kind of thing, its id, the case it belongs to (calls; 0 otherwise),
 * a title and a line saying why it matched.
 */
public record SearchHit(Kind kind, long id, long caseId, String title, String detail) {

    public enum Kind {
        CASE("Case"), PROVIDER("Provider"), CAMPAIGN("Campaign"), CALL("Traced call");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
