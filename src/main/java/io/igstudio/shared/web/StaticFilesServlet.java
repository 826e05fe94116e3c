package io.igstudio.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the WAR's static files and WebJars (from {@code META-INF/resources} of the jars in
 * WEB-INF/lib). Needed because the JAX-RS application is mapped at {@code /}, which would otherwise
 * swallow these paths, and a WAR cannot map the container's own default servlet.
 */
@WebServlet(urlPatterns = {"/static/*", "/webjars/*"})
public class StaticFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.contains("..") || path.endsWith("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getServletContext().getResourceAsStream(path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String type = getServletContext().getMimeType(path);
            response.setContentType(type != null ? type : "application/octet-stream");
            // WebJar paths carry their version, so they can be cached for long
            response.setHeader("Cache-Control", path.startsWith("/webjars/") ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
