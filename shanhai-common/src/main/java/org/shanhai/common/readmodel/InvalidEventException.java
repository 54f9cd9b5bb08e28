package org.shanhai.common.readmodel;

/** An event no retry can apply (malformed, untrusted, or breaking its contract): it goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
