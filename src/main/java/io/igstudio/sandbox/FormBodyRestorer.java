package io.igstudio.sandbox;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Gives sandbox endpoints their urlencoded body back when a servlet filter has already parsed it.
 *
 * <p>pac4j's security filter runs on every path and reads the {@code force_client} request parameter,
 * which makes the container consume an urlencoded POST body; on paths pac4j then lets through untouched
 * (such as {@code /sandbox}) the body is gone, Krazo cannot find its {@code _csrf} field and answers 403.
 * This filter, ahead of Krazo's CSRF check (priority 3000), rebuilds the body from the container's
 * parameters, leaving out what came in the query string.
 */
@Provider
@SandboxOnly
@Priority(Priorities.AUTHENTICATION)
public class FormBodyRestorer implements ContainerRequestFilter {

    @Context
    HttpServletRequest servlet;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.hasEntity() || request.getMediaType() == null
                || !request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return;
        }
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();
        StringJoiner body = new StringJoiner("&");
        servlet.getParameterMap().forEach((name, values) -> {
            List<String> fromBody = new ArrayList<>(List.of(values));
            query.getOrDefault(name, List.of()).forEach(fromBody::remove);
            fromBody.forEach(v -> body.add(encode(name) + "=" + encode(v)));
        });
        if (body.length() > 0) {
            request.setEntityStream(new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
