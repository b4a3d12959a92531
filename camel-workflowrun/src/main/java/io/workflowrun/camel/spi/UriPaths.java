package io.workflowrun.camel.spi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Building request paths from IDs that come from messages. */
public final class UriPaths {

    private UriPaths() {
    }

    /**
     * One path segment, percent-encoded: a space as %20 (never '+'), and '/' as %2F so an ID stays one segment. The dot
     * segments are refused: where they come from (a header, an option) is checked first and named there, so this is
     * the last guard.
     */
    public static String segment(String value) {
        RequestValues.requireId(value, "A request path segment");
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
