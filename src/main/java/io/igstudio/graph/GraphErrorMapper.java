package io.igstudio.graph;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Every 4xx/5xx from Meta becomes a typed {@link GraphException}; the one place that reads error bodies. */
public class GraphErrorMapper implements ResponseExceptionMapper<GraphException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public GraphException toThrowable(Response response) {
        JsonObject body = null;
        try {
            body = response.readEntity(JsonObject.class);
        } catch (RuntimeException notJson) {
            // a proxy's HTML error page, for example: the status alone decides
        }
        return GraphErrors.from(response.getStatus(), body, UsageHeaders.retryAfterSeconds(
                response.getHeaderString(UsageHeaders.BUSINESS_USE_CASE)));
    }
}
