package cn.gonghui.identity;

import cn.gonghui.identity.IntegratorClientViews.ClientView;
import cn.gonghui.identity.IntegratorClientViews.IssuedSecret;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Administrators' management of integrator clients. A secret exists in clear only in the answer
 * that issues it: stored as an Argon2id hash, never logged, audited or kept for a replay (so these
 * creating calls take no Idempotency-Key: a client that lost the answer rotates the secret). A
 * rotation keeps the replaced secret working for the configured overlap, so the integrator can
 * switch without a gap; disabling refuses the client's tokens from their next request.
 */
@ApplicationScoped
@Transactional
public class IntegratorClients {

    @ConfigMapping(prefix = "gonghui.integrators")
    public interface Settings {

        /** How long a replaced secret keeps working after a rotation. */
        @WithDefault("PT24H")
        Duration secretOverlap();
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final EntityManager entityManager;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Settings settings;
    private final Clock clock;
    private final CurrentAccounts accounts;

    public IntegratorClients(EntityManager entityManager, PasswordHasher hasher, AuditLog audit, Settings settings,
            Clock clock, CurrentAccounts accounts) {
        this.entityManager = entityManager;
        this.hasher = hasher;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.accounts = accounts;
    }

    public IssuedSecret create(String name, List<String> scopes) {
        String secret = newSecret();
        IntegratorClient client = new IntegratorClient();
        client.id = Ids.newId();
        client.clientId = newClientId();
        client.name = name.strip();
        client.scopes = new LinkedHashSet<>(scopes).toArray(String[]::new);
        client.secretHash = hasher.hash(secret);
        client.enabled = true;
        client.createdAt = now();
        client.persist();
        audit.record(AuditEvent.of("integrator.create", "integrator", client.clientId)
                .details(Map.of("scopes", List.of(client.scopes))));
        return issued(client, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClientView> list(String status, PageParams page) {
        KeysetQuery<IntegratorClient> query = KeysetQuery.jpql("select c from IntegratorClient c", IntegratorClient.class);
        if (status != null) {
            query.where("c.enabled = :enabled", "enabled", "active".equals(status));
        }
        return query.orderBy(Direction.ASCENDING, SortKey.uuid("c.id")).page(page)
                .fetchPage(entityManager, client -> Cursor.of(client.id), this::view);
    }

    public ClientView setEnabled(UUID id, boolean enabled) {
        IntegratorClient client = find(id);
        if (client.enabled != enabled) {
            client.enabled = enabled;
            accounts.integratorChanging(client.clientId);
            audit.record(AuditEvent.of(enabled ? "integrator.enable" : "integrator.disable", "integrator", client.clientId)
                    .details(Map.of("before", Map.of("enabled", !enabled), "after", Map.of("enabled", enabled))));
        }
        return view(client);
    }

    /** A new secret; the one it replaces works for the overlap, and one replaced before stops now. */
    public IssuedSecret rotate(UUID id) {
        IntegratorClient client = find(id);
        String secret = newSecret();
        client.previousSecretHash = client.secretHash;
        client.previousSecretUntil = now().plus(settings.secretOverlap());
        client.secretHash = hasher.hash(secret);
        audit.record(AuditEvent.of("integrator.rotate-secret", "integrator", client.clientId)
                .details(Map.of("previousSecretValidUntil", client.previousSecretUntil.toString())));
        return issued(client, secret);
    }

    private IssuedSecret issued(IntegratorClient client, String secret) {
        entityManager.flush();
        return new IssuedSecret(view(client), secret);
    }

    private ClientView view(IntegratorClient client) {
        Instant until = client.previousSecretUntil != null && client.previousSecretUntil.isAfter(clock.instant())
                ? client.previousSecretUntil : null;
        return new ClientView(client.id, client.clientId, client.name, Arrays.asList(client.scopes),
                client.enabled ? "active" : "disabled", until, client.createdAt);
    }

    private static IntegratorClient find(UUID id) {
        IntegratorClient client = IntegratorClient.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw ApiProblem.notFound("INTEGRATOR_CLIENT_NOT_FOUND", id);
        }
        return client;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** 256 random bits, URL-safe: 43 characters. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code ic-} and ten letters and digits that cannot be misread (no l, o, 0, 1). */
    private static String newClientId() {
        StringBuilder id = new StringBuilder("ic-");
        for (int i = 0; i < 10; i++) {
            id.append(ID_LETTERS[RANDOM.nextInt(ID_LETTERS.length)]);
        }
        return id.toString();
    }
}
