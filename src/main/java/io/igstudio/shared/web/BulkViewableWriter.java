package io.igstudio.shared.web;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Specializes;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.container.ResourceInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.krazo.core.Messages;
import org.eclipse.krazo.engine.Viewable;
import org.eclipse.krazo.core.ViewableWriter;
import org.eclipse.krazo.engine.ViewEngineContextImpl;
import org.eclipse.krazo.engine.ViewEngineFinder;
import org.eclipse.krazo.lifecycle.EventDispatcher;
import org.eclipse.krazo.core.HttpCommunicationUnwrapper;
import org.eclipse.krazo.util.ServiceLoaders;
import org.jboss.weld.proxy.WeldClientProxy;

/**
 * Krazo 3.0.1's {@link ViewableWriter} (which turns a controller's view into the response) without three costs it
 * has on every page, measured with JFR under load (issue 17):
 * <ul>
 * <li>it finds the {@code HttpCommunicationUnwrapper}s twice per request with a {@code ServiceLoader}, a scan of
 * {@code META-INF/services} through every jar of the WAR and Payara's API class loader (8 % of the CPU of the
 * dashboard, under class-loader locks): here the list is read once;</li>
 * <li>its {@code DelegatingServletOutputStream} overrides only {@code write(int)}, so the page reaches Jersey's
 * stream one byte at a time through three layers (14 % of the CPU): here whole buffers are passed on;</li>
 * <li>it hands the view engine the injected request, Weld's client proxy, on which Thymeleaf calls
 * {@code getContextPath}, {@code getAttribute} and the like for every link and variable of the page; each call
 * through the proxy looks the current request up again (Payara's {@code ACLSingletonProvider}, about a tenth of
 * a media page's CPU): here the view engine gets the request itself.</li>
 * </ul>
 * Otherwise it does what {@code ViewableWriter.writeTo} does, in the same order (view engine, charset, {@code mvc}
 * model, before/after events). It takes the original's place through CDI's {@link Specializes} (Krazo registers
 * the class with JAX-RS, Jersey asks CDI for the instance). Drop it when Krazo caches the list and forwards bulk
 * writes (see the README's "Performance notes").
 */
@Specializes
@Dependent
@Produces(MediaType.WILDCARD)
public class BulkViewableWriter extends ViewableWriter {

    /** Fixed for the life of the WAR: the same providers are on the class path on every request. */
    private static volatile List<HttpCommunicationUnwrapper> unwrappers;

    @Inject
    Instance<Models> modelsInstance;

    @Inject
    HttpServletRequest injectedRequest;

    @Context
    HttpServletResponse injectedResponse;

    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resourceInfo;

    @Context
    Configuration config;

    @Inject
    ViewEngineFinder engineFinder;

    @Inject
    Messages messages;

    @Inject
    MvcContext mvc;

    @Inject
    EventDispatcher eventDispatcher;

    @Override
    public void writeTo(Viewable viewable, Class<?> aClass, Type type, Annotation[] annotations,
            MediaType resolvedMediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        ViewEngine engine = engineFinder.find(viewable);
        if (engine == null) {
            throw new ServerErrorException(messages.get("NoViewEngine", viewable), Response.Status.INTERNAL_SERVER_ERROR);
        }
        MediaType mediaType = resolvedMediaType == null ? MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name())
                : resolvedMediaType.getParameters().get(MediaType.CHARSET_PARAMETER) == null
                        ? resolvedMediaType.withCharset(StandardCharsets.UTF_8.name()) : resolvedMediaType;
        headers.putSingle(HttpHeaders.CONTENT_TYPE, mediaType);

        HttpServletRequest request = unwrap(direct(injectedRequest));
        HttpServletResponse response = unwrap(injectedResponse);
        ServletOutputStream stream = new BulkOutputStream(out);
        ViewResponse wrapper = new ViewResponse(response, stream, mediaType, headers);
        try {
            Models models = viewable.getModels() != null ? viewable.getModels() : modelsInstance.get();
            models.put("mvc", mvc);
            eventDispatcher.fireBeforeProcessViewEvent(engine, viewable);
            try {
                engine.processView(new ViewEngineContextImpl(viewable.getView(), models, request, wrapper, headers,
                        stream, mediaType, uriInfo, resourceInfo, config, mvc.getLocale()));
            } finally {
                eventDispatcher.fireAfterProcessViewEvent(engine, viewable);
            }
        } catch (ViewEngineException e) {
            throw new ServerErrorException(Response.Status.INTERNAL_SERVER_ERROR, e);
        } finally {
            wrapper.getWriter().flush();
        }
    }

    /** The current request itself when {@code request} is Weld's client proxy for it; otherwise {@code request}. */
    static HttpServletRequest direct(HttpServletRequest request) {
        return request instanceof WeldClientProxy proxy
                ? (HttpServletRequest) proxy.getMetadata().getContextualInstance()
                : request;
    }

    private static HttpServletRequest unwrap(HttpServletRequest request) {
        return unwrapperFor(request).unwrapRequest(request, HttpServletRequest.class);
    }

    private static HttpServletResponse unwrap(HttpServletResponse response) {
        return unwrapperFor(response).unwrapResponse(response, HttpServletResponse.class);
    }

    private static HttpCommunicationUnwrapper unwrapperFor(Object wrapped) {
        List<HttpCommunicationUnwrapper> known = unwrappers;
        if (known == null) {
            unwrappers = known = List.copyOf(ServiceLoaders.list(HttpCommunicationUnwrapper.class));
        }
        return known.stream().filter(u -> u.supports(wrapped)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no HttpCommunicationUnwrapper found for " + wrapped));
    }

    /** Passes whole buffers on to Jersey's entity stream. */
    private static final class BulkOutputStream extends ServletOutputStream {
        private final OutputStream out;

        BulkOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return false;
        }

        @Override
        public void setWriteListener(WriteListener writeListener) {
            throw new UnsupportedOperationException("Not supported");
        }
    }

    /** The response a view engine writes to: the entity stream, and a content type kept in step with JAX-RS. */
    private static final class ViewResponse extends HttpServletResponseWrapper {
        private final ServletOutputStream stream;
        private final MultivaluedMap<String, Object> headers;
        private PrintWriter writer;

        ViewResponse(HttpServletResponse response, ServletOutputStream stream, MediaType mediaType,
                MultivaluedMap<String, Object> headers) {
            super(response);
            this.stream = stream;
            this.headers = headers;
            super.setContentType(mediaType.toString());
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("Calling getOutputStream() after getWriter() is not allowed. ");
            }
            return stream;
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            String charset = MediaType.valueOf(type).getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null) {
                syncCharset(charset);
            }
        }

        @Override
        public void setCharacterEncoding(String charset) {
            super.setCharacterEncoding(charset);
            syncCharset(charset);
        }

        private void syncCharset(String charset) {
            MediaType current = (MediaType) headers.getFirst(HttpHeaders.CONTENT_TYPE);
            headers.putSingle(HttpHeaders.CONTENT_TYPE, (current == null ? MediaType.TEXT_HTML_TYPE : current).withCharset(charset));
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(stream, java.nio.charset.Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }
    }
}
