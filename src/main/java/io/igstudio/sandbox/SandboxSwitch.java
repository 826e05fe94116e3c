package io.igstudio.sandbox;

import io.igstudio.graph.MetaPlatform;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** With live Meta configured, the sandbox does not exist: every sandbox address answers 404. */
@Provider
@SandboxOnly
@Priority(Priorities.AUTHENTICATION - 100)
public class SandboxSwitch implements ContainerRequestFilter {

    @Inject
    MetaPlatform meta;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!meta.isSandbox()) {
            throw new NotFoundException();
        }
    }
}
