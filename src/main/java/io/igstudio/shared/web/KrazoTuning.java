package io.igstudio.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import org.eclipse.krazo.forms.FormMethodOverwriteFilter;

/**
 * Removes per-request work that Krazo 3.0.1 does for nothing, through CDI's own extension point (registered
 * in {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}).
 *
 * <p>Krazo's {@code FormMethodOverwriteFilter} is {@code @RequestScoped}, so Weld builds a new one for every
 * request, and its constructor looks up Krazo's {@code FormEntityProvider} with a {@code ServiceLoader}: a
 * scan of {@code META-INF/services} in every jar of WEB-INF/lib, which Payara's class loader answers under
 * locks that request threads then queue on. The filter keeps no per-request state (it reads the form from
 * the request context it is given, and its configuration is application-wide), so one instance for the
 * application is what it should have been. Drop this when Krazo does it (see the README's "Performance
 * notes").
 */
public class KrazoTuning implements Extension {

    void oneFormMethodFilter(@Observes ProcessAnnotatedType<FormMethodOverwriteFilter> type) {
        type.configureAnnotatedType()
                .remove(a -> a.annotationType() == RequestScoped.class)
                .add(ApplicationScoped.Literal.INSTANCE);
    }
}
