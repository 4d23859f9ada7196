package org.wpsnetwork.portal.web;

import java.util.List;
import java.util.Map;

/** Reading the APIs' JSON (maps and lists) without a cast at every step; absent parts read as empty. */
public final class Views {

    private Views() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
