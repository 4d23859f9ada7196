package org.wpsnetwork.kit.web;

import java.io.IOException;

/** Thrown while reading a body that grows past the limit without having announced its length. */
public class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes");
    }
}
