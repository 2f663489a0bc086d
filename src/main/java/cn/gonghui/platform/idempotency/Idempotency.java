package cn.gonghui.platform.idempotency;

import cn.gonghui.platform.crypto.KeyedHash;
import cn.gonghui.platform.crypto.ValueCipher;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes a creating request safe to retry. The first request with a key runs and its answer is
 * stored in the same transaction as what it created; a retry with the same key and body gets that
 * answer again, marked {@code Idempotent-Replayed: true}; the same key with another body is a 422.
 * A request that fails rolls back its key too, so the retry runs afresh.
 */
@ApplicationScoped
public class Idempotency {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private static final String STORED_RESPONSE = "idempotency.response";
    private static final String REQUEST_FINGERPRINT = "idempotency.request";

    private final IdempotencyStore store;
    private final ValueCipher cipher;
    private final KeyedHash keyedHash;
    private final ObjectMapper json;
    private final ObjectWriter canonical;
    private final Clock clock;

    public Idempotency(IdempotencyStore store, ValueCipher cipher, KeyedHash keyedHash, ObjectMapper json,
            Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.keyedHash = keyedHash;
        this.json = json;
        this.canonical = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.clock = clock;
    }

    /**
     * As {@link #execute}, for a request whose repeat would count twice with nothing else to tell
     * them apart (a benefit used by card number): without a key it is refused.
     */
    @Transactional
    public Response executeWithKey(IdempotentRequest request, Supplier<Response> action) {
        if (!request.hasKey()) {
            throw ApiProblem.badRequest("IDEMPOTENCY_KEY_REQUIRED");
        }
        return execute(request, action);
    }

    @Transactional
    public Response execute(IdempotentRequest request, Supplier<Response> action) {
        if (!request.hasKey()) {
            return action.get();
        }
        if (!VALID_KEY.matcher(request.key()).matches()) {
            throw ApiProblem.badRequest("INVALID_IDEMPOTENCY_KEY");
        }
        String fingerprint = fingerprint(request);
        if (!store.claim(request.caller(), request.key(), fingerprint, clock.instant())) {
            return replay(request, fingerprint);
        }
        Response response = action.get();
        store.complete(request.caller(), request.key(), response.getStatus(), bodyOf(response),
                response.getLocation() == null ? null : response.getLocation().toString(),
                response.getEntityTag() == null ? null : EntityVersions.headerValue(response.getEntityTag()));
        return response;
    }

    private Response replay(IdempotentRequest request, String fingerprint) {
        IdempotencyStore.StoredResponse stored = store.find(request.caller(), request.key())
                .orElseThrow(() -> new IllegalStateException("A claimed idempotency key has no row"));
        if (!stored.fingerprint().equals(fingerprint)) {
            throw ApiProblem.unprocessable("IDEMPOTENCY_KEY_REUSED");
        }
        Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            replay.entity(readTree(cipher.decrypt(STORED_RESPONSE, stored.body()))).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            replay.header(HttpHeaders.ETAG, stored.etag());
        }
        return replay.build();
    }

    /**
     * A keyed hash of the request: bodies carry personal data (a card number, an income), and a
     * plain hash of a short value such as a card number is reversed by hashing every candidate.
     */
    private String fingerprint(IdempotentRequest request) {
        try {
            return keyedHash.of(REQUEST_FINGERPRINT, request.method() + " " + request.path() + "\n"
                    + canonical.writeValueAsString(request.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not fingerprint a request", e);
        }
    }

    private String bodyOf(Response response) {
        if (!response.hasEntity()) {
            return null;
        }
        try {
            // the answer may hold personal data (an application's form): kept encrypted
            return cipher.encrypt(STORED_RESPONSE, json.writeValueAsString(response.getEntity()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store a response body", e);
        }
    }

    private Object readTree(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored response body is not JSON", e);
        }
    }
}
