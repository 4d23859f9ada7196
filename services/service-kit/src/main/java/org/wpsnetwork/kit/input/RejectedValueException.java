package org.wpsnetwork.kit.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A request value that was read but is outside {@link InputLimits}; its message is what the client is told. */
public class RejectedValueException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    RejectedValueException(JsonParser parser, String reason, Object value, Class<?> targetType) {
        super(parser, reason, value, targetType);
        this.reason = reason;
    }

    /** What is wrong with the value, e.g. "must have at most 6 decimal places". */
    public String reason() {
        return reason;
    }
}
