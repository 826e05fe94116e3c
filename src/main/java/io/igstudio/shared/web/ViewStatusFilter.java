package io.igstudio.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Krazo's Thymeleaf engine writes the page straight to the servlet response, which commits it with
 * status 200 before JAX-RS would apply the status of the controller's {@code Response} (404, 400...).
 * Copying the status onto the servlet response first keeps error pages honest.
 */
@Provider
public class ViewStatusFilter implements ContainerResponseFilter {

    @Context
    HttpServletResponse servletResponse;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!servletResponse.isCommitted()) {
            servletResponse.setStatus(response.getStatus());
        }
    }
}
