package org.noticeboard.publish;

import java.io.IOException;

/** The output folder holds files the tool did not write, so publishing there was refused. */
public final class OutputRefusedException extends IOException {

    public OutputRefusedException(String message) {
        super(message);
    }
}
