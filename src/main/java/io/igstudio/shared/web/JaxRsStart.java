package io.igstudio.shared.web;

import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

/**
 * Opens once Jersey has built IG Studio's JAX-RS application, its providers made and injected. The Graph clients
 * wait for it before they build a REST client ({@code graph.GraphApis}); web.xml loads the application with the
 * deployment, so the wait lasts the few seconds of the start and nothing after it.
 * <p>
 * Why: Jersey's CDI integration (jersey-cdi1x {@code GenericInjectionManagerStore}, 3.1.11 in Payara 6.2025.10)
 * keeps one list of injection managers for the whole WAR, and every Jersey <em>client</em> runtime (a MicroProfile
 * Rest Client, on its first call) registers its own there as well. A provider that Jersey makes outside a request,
 * as the CDI-managed ones are when the application is built, gets its {@code @Context} fields from the manager
 * registered last. A REST client first used while the application was being built (publishing workers or timers
 * calling Meta, or the in-app sandbox, during the deployment) left Krazo's {@code CsrfValidateFilter} without its
 * {@code ResourceInfo} and another provider without its {@code UriInfo}, for the life of the process: every request
 * answered 500. {@code ConcurrentStartIT} reproduces it. Upstream: the store's fallback should prefer the server's
 * manager for server-side components (to be reported to eclipse-ee4j/jersey; drop this gate when fixed).
 */
@Provider
public class JaxRsStart implements ContainerLifecycleListener {

    private static final Logger LOG = Logger.getLogger(JaxRsStart.class.getName());
    /** One per deployment: the class is loaded by the WAR's class loader. */
    private static final CountDownLatch STARTED = new CountDownLatch(1);
    /** Beyond a normal start; after it, callers go on (a warning says the start is unusually slow). */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(120);

    @Override
    public void onStartup(Container container) {
        STARTED.countDown();
    }

    @Override
    public void onReload(Container container) {
        // nothing: a reload builds a new application handler, the gate stays open
    }

    @Override
    public void onShutdown(Container container) {
        // nothing to release
    }

    /** Returns once the JAX-RS application is up (immediately, after the start). */
    public static void awaitStart() {
        if (STARTED.getCount() == 0) {
            return;
        }
        try {
            if (!STARTED.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("The JAX-RS application was not up after " + LONGEST_WAIT.toSeconds()
                        + " s; building a REST client anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
