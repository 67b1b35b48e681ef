package vn.chungsuc.feedback.open311;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2's two formats, chosen by the extension of the path: XML (required by the specification) and JSON.
 * A document is built once as ordered maps and lists; in XML a list takes the element name of its items from
 * {@link #ITEMS} (a list of services is {@code <services><service>…}), in JSON it is an array.
 */
enum Open311Format {
    XML("text/xml;charset=UTF-8"),
    JSON("application/json;charset=UTF-8");

    /** The element of each item of a list, by the list's element name. */
    private static final Map<String, String> ITEMS = Map.ofEntries(Map.entry("services", "service"),
            Map.entry("service_requests", "request"), Map.entry("errors", "error"),
            Map.entry("attributes", "attribute"), Map.entry("values", "value"), Map.entry("endpoints", "endpoint"),
            Map.entry("formats", "format"), Map.entry("service_request_updates", "request_update"));

    final String contentType;

    Open311Format(String contentType) {
        this.contentType = contentType;
    }

    /** The format of an extension, or null for any other. */
    static Open311Format of(String extension) {
        return "xml".equals(extension) ? XML : "json".equals(extension) ? JSON : null;
    }

    /** The document: {@code root} names the XML root element (a list's or a map's). */
    String write(String root, Object body, JsonMapper json) {
        if (this == JSON) {
            return json.writeValueAsString(body);
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        element(out, root, body);
        return out.toString();
    }

    private static void element(StringBuilder out, String name, Object value) {
        if (value == null) {
            out.append('<').append(name).append("/>");
            return;
        }
        out.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> element(out, String.valueOf(k), v));
        } else if (value instanceof List<?> list) {
            String item = ITEMS.getOrDefault(name, "item");
            list.forEach(v -> element(out, item, v));
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else {
            escape(out, String.valueOf(value));
        }
        out.append("</").append(name).append('>');
    }

    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters XML 1.0 cannot hold are left out (the guard before refuses most of them)
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
