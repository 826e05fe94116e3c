package io.igstudio.shared.web;

import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.jboss.weld.proxy.WeldClientProxy;
import org.junit.jupiter.api.Test;

class BulkViewableWriterTest {

    @Test
    void theViewEngineGetsTheRequestBehindWeldsClientProxy() {
        HttpServletRequest request = request();
        HttpServletRequest weldProxy = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class, WeldClientProxy.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getMetadata")) {
                        return new WeldClientProxy.Metadata() {
                            @Override
                            public jakarta.enterprise.inject.spi.Bean<?> getBean() {
                                return null;
                            }

                            @Override
                            public Object getContextualInstance() {
                                return request;
                            }
                        };
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        assertSame(request, BulkViewableWriter.direct(weldProxy));
    }

    @Test
    void aRequestThatIsNoProxyIsUsedAsItIs() {
        HttpServletRequest request = request();

        assertSame(request, BulkViewableWriter.direct(request));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(BulkViewableWriterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
