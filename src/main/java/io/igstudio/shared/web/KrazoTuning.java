package io.igstudio.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.interceptor.Interceptor;
import jakarta.mvc.Controller;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.util.stream.Stream;
import org.eclipse.krazo.binding.validate.ValidationInterceptorBinding;
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

    /**
     * Krazo binds its {@code ValidationInterceptor} to every controller method (its own observer, at
     * {@code PLATFORM_AFTER}): Bean Validation of the controller object, its parameters and its return value on every
     * request, 9 % of the dashboard's CPU in a profile. A controller that declares no constraint, {@code @Valid} or
     * {@code @MvcBinding} (none of IG Studio's does) has nothing to validate, so the binding is taken off again; one
     * that declares any keeps it. Drop this when Krazo binds the interceptor only where there is something to check.
     */
    <T> void validateOnlyWhatDeclaresConstraints(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
            @WithAnnotations(Controller.class) ProcessAnnotatedType<T> type) {
        if (declaresValidation(type.getAnnotatedType())) {
            return;
        }
        type.configureAnnotatedType().methods()
                .forEach(m -> m.remove(a -> a.annotationType() == ValidationInterceptorBinding.class));
    }

    static boolean declaresValidation(AnnotatedType<?> type) {
        Stream<Annotated> members = Stream.of(
                type.getFields().stream().map(Annotated.class::cast),
                type.getMethods().stream().map(Annotated.class::cast),
                type.getMethods().stream().flatMap(m -> m.getParameters().stream()).map(Annotated.class::cast),
                type.getConstructors().stream().flatMap(c -> c.getParameters().stream()).map(Annotated.class::cast))
                .flatMap(s -> s);
        return members.anyMatch(m -> m.getAnnotations().stream().anyMatch(KrazoTuning::validation));
    }

    private static boolean validation(Annotation a) {
        Class<? extends Annotation> t = a.annotationType();
        return t == Valid.class || t == MvcBinding.class || t.isAnnotationPresent(Constraint.class);
    }
}
