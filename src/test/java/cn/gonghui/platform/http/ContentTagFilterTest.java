package cn.gonghui.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The same answer object is written to JSON and hashed once, however often it is sent. */
class ContentTagFilterTest {

    record Street(String code, String name) {
    }

    @Test
    void theSameObjectIsWrittenOnceAndAnEqualNewOneIsWrittenAgainUnderTheSameTag() throws Exception {
        AtomicInteger written = new AtomicInteger();
        ObjectMapper counting = new ObjectMapper() {
            @Override
            public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
                written.incrementAndGet();
                return super.writeValueAsBytes(value);
            }
        };
        ContentTagFilter filter = new ContentTagFilter(counting);
        List<Street> kept = List.of(new Street("desheng", "德胜街道"));

        Answer first = answer(filter, kept, null);
        Answer again = answer(filter, kept, null);
        Answer revalidated = answer(filter, kept, first.tag());
        assertThat(written.get()).as("one object, written once").isEqualTo(1);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.tag()).isEqualTo(first.tag());
        assertThat(revalidated.status()).isEqualTo(304);

        Answer equalButNew = answer(filter, List.of(new Street("desheng", "德胜街道")), null);
        assertThat(written.get()).as("another object is written, whatever it holds").isEqualTo(2);
        assertThat(equalButNew.tag()).as("the tag is the content's").isEqualTo(first.tag());
    }

    record Answer(int status, String tag, Object body) {
    }

    private static Answer answer(ContentTagFilter filter, Object entity, String ifNoneMatch) throws Exception {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        Map<String, Object> state = new HashMap<>(Map.of("status", 200, "entity", entity));
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                ContentTagFilterTest.class.getClassLoader(), new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, arguments) -> method.getName().equals("getHeaderString") ? ifNoneMatch : null);
        ContainerResponseContext response = (ContainerResponseContext) Proxy.newProxyInstance(
                ContentTagFilterTest.class.getClassLoader(), new Class<?>[] {ContainerResponseContext.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getStatus" -> state.get("status");
                    case "hasEntity" -> state.get("entity") != null;
                    case "getEntity" -> state.get("entity");
                    case "getHeaders" -> headers;
                    case "getEntityAnnotations" -> new Annotation[0];
                    case "setStatus", "setEntity" -> {
                        state.put(method.getName().equals("setStatus") ? "status" : "entity", arguments[0]);
                        yield null;
                    }
                    default -> null;
                });
        filter.filter(request, response);
        return new Answer((int) state.get("status"), (String) headers.getFirst("ETag"), state.get("entity"));
    }
}
