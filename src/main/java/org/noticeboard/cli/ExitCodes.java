package org.noticeboard.cli;

/**
 * Stable exit codes that scripts can rely on, each with one meaning: 1 the content is wrong, 2
 * the command line or a setting is wrong, 3 the tool is wrong (a bug), 4 the machine is in the
 * way (no browser, no permission, a full disk).
 */
final class ExitCodes {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;
    static final int ENVIRONMENT = 4;

    private ExitCodes() {}
}
