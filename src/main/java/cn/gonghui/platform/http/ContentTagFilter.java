package cn.gonghui.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Tags a {@link ContentTagged} answer with a strong {@code ETag}, the SHA-256 of its JSON: two
 * instances give the same tag for the same content, with nothing to keep in step. The body is
 * written once, here, and sent as those bytes; a matching {@code If-None-Match} gets an empty 304.
 *
 * <p>Reference data answers the same object to everyone until it changes (the catalogue and the
 * streets keep their views with their snapshot): its bytes and tag are kept by that object's
 * identity, so a page asked ten thousand times a second is written and hashed once. A kept entry
 * goes when its object does (weak keys), so a dropped snapshot takes its bytes with it.
 */
@Provider
@ContentTagged
public class ContentTagFilter implements ContainerResponseFilter {

    private final ObjectMapper json;
    private final Cache<Object, Tagged> written = Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

    private record Tagged(byte[] body, String tag) {
    }

    public ContentTagFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if (response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        Tagged tagged = written.getIfPresent(response.getEntity());
        if (tagged == null) {
            byte[] body = json.writeValueAsBytes(response.getEntity());
            tagged = new Tagged(body, "\"" + digest(body) + "\"");
            written.put(response.getEntity(), tagged);
        }
        String tag = tagged.tag();
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(tagged.body(), response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }

    /** If-None-Match holds one tag, a list of them, or {@code *} (RFC 9110 §13.1.2); a weak tag matches too. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(tag));
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
