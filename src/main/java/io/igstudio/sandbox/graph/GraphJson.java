package io.igstudio.sandbox.graph;

/** The media type of Meta's JSON answers, success and error alike: graph.facebook.com names the charset. */
public final class GraphJson {

    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    private GraphJson() {
    }
}
