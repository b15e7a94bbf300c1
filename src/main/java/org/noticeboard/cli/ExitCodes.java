package org.noticeboard.cli;

/** Stable exit codes that scripts can rely on. */
final class ExitCodes {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {}
}
