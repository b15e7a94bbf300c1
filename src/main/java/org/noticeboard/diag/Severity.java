package org.noticeboard.diag;

/** How serious a diagnostic is: errors stop publishing, warnings do not (unless --strict). */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
