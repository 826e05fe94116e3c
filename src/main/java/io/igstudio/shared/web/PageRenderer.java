package io.igstudio.shared.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.krazo.engine.ViewEngineBase;
import org.eclipse.krazo.engine.ViewEngineConfig;
import org.eclipse.krazo.ext.thymeleaf.JakartaServletWebApplicationWrapper;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.LazyContextVariable;
import org.thymeleaf.web.IWebExchange;

/**
 * Renders every page ({@code *.html} views) with Thymeleaf, in place of krazo-thymeleaf 3.0.0's
 * {@code ThymeleafViewEngine} (this engine's higher priority makes Krazo choose it).
 *
 * <p>Why: krazo-thymeleaf's {@code CDIWebContext} lists every CDI bean of the application
 * ({@code BeanManager.getBeans(Object.class, @Any)}) on every render to find the {@code @Named} ones, and
 * resolves a named bean by name again each time a template uses it. The set of beans cannot change while the
 * application runs, so this engine finds the named beans once and keeps the client proxy of each
 * normal-scoped one ({@code currentUser}, {@code mvc}, {@code meta}...), which is valid for every request.
 * Everything else is what krazo-thymeleaf does: the same {@link TemplateEngine} (with its template cache),
 * the models plus {@code request} as variables, named CDI beans behind them. Drop this class when
 * krazo-thymeleaf caches the lookup itself (see the README's "Performance notes").
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class PageRenderer extends ViewEngineBase {

    @Inject
    JakartaServletWebApplicationWrapper application;

    @Inject
    @ViewEngineConfig
    TemplateEngine engine;

    @Inject
    BeanManager beanManager;

    private volatile Map<String, Bean<?>> namedBeans;
    private final Map<String, Object> proxies = new ConcurrentHashMap<>();

    @Override
    public boolean supports(String view) {
        return view.endsWith(".html");
    }

    @Override
    public void processView(ViewEngineContext context) throws ViewEngineException {
        HttpServletRequest request = context.getRequest(HttpServletRequest.class);
        HttpServletResponse response = context.getResponse(HttpServletResponse.class);
        Map<String, Object> variables = new HashMap<>(context.getModels().asMap());
        variables.put("request", request);
        Page page = new Page(application.get().buildExchange(request, response), context.getLocale(), variables);
        try {
            engine.process(resolveView(context), page, response.getWriter());
            response.flushBuffer();
        } catch (IOException e) {
            throw new ViewEngineException(e);
        } finally {
            page.close();
        }
    }

    private Map<String, Bean<?>> namedBeans() {
        Map<String, Bean<?>> named = namedBeans;
        if (named == null) {
            named = new HashMap<>();
            for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
                if (bean.getName() != null) {
                    named.putIfAbsent(bean.getName(), beanManager.resolve(beanManager.getBeans(bean.getName())));
                }
            }
            namedBeans = named = Map.copyOf(named);
        }
        return named;
    }

    /** One render's variables: the models first, then the named CDI beans. */
    private final class Page implements IWebContext {

        private final IWebExchange exchange;
        private final Locale locale;
        private final Map<String, Object> variables;
        private final List<CreationalContext<?>> dependents = new ArrayList<>();

        Page(IWebExchange exchange, Locale locale, Map<String, Object> variables) {
            this.exchange = exchange;
            this.locale = locale;
            this.variables = variables;
        }

        @Override
        public IWebExchange getExchange() {
            return exchange;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public boolean containsVariable(String name) {
            Objects.requireNonNull(name, "The variable name must not be null");
            return variables.containsKey(name) || namedBeans().containsKey(name);
        }

        @Override
        public Set<String> getVariableNames() {
            Set<String> names = new HashSet<>(variables.keySet());
            names.addAll(namedBeans().keySet());
            return names;
        }

        @Override
        public Object getVariable(String name) {
            Objects.requireNonNull(name, "The variable name must not be null");
            if (variables.containsKey(name)) {
                return variables.get(name);
            }
            Bean<?> bean = namedBeans().get(name);
            // lazy, as krazo-thymeleaf's: Thymeleaf asks for every variable when it sets up a render
            return bean == null ? null : new LazyContextVariable<>() {
                @Override
                protected Object loadValue() {
                    return bean(name, bean);
                }
            };
        }

        private Object bean(String name, Bean<?> bean) {
            if (beanManager.isNormalScope(bean.getScope())) {
                // a client proxy: it finds the current request's (or session's) instance by itself
                return proxies.computeIfAbsent(name, n -> reference(bean, beanManager.createCreationalContext(bean)));
            }
            CreationalContext<?> dependent = beanManager.createCreationalContext(bean);
            dependents.add(dependent);
            return reference(bean, dependent);
        }

        private Object reference(Bean<?> bean, CreationalContext<?> creational) {
            return beanManager.getReference(bean, bean.getBeanClass(), creational);
        }

        void close() {
            dependents.forEach(CreationalContext::release);
        }
    }
}
