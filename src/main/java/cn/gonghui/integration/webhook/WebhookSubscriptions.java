package cn.gonghui.integration.webhook;

import cn.gonghui.integration.webhook.WebhookViews.IssuedSecret;
import cn.gonghui.integration.webhook.WebhookViews.NewSubscription;
import cn.gonghui.integration.webhook.WebhookViews.SubscriptionChange;
import cn.gonghui.integration.webhook.WebhookViews.SubscriptionView;
import cn.gonghui.platform.crypto.ValueCipher;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.KeysetQuery;
import cn.gonghui.platform.paging.KeysetQuery.Direction;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.platform.paging.SortKey;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An integrator's webhook subscriptions: made, read, changed and deleted by their owner only (another
 * client's subscription is not found). The signing secret is stored encrypted, because every delivery
 * is signed with it, and shown once, when it is issued; a rotation keeps the old one signing beside
 * the new for the overlap, so the receiver can switch without refusing a delivery.
 */
@ApplicationScoped
@Transactional
public class WebhookSubscriptions {

    private final EntityManager entityManager;
    private final WebhookUrls urls;
    private final ValueCipher cipher;
    private final AuditLog audit;
    private final WebhookSettings settings;
    private final Clock clock;

    public WebhookSubscriptions(EntityManager entityManager, WebhookUrls urls, ValueCipher cipher, AuditLog audit,
            WebhookSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.urls = urls;
        this.cipher = cipher;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public Versioned<IssuedSecret> create(String owner, NewSubscription request) {
        urls.require(request.url());
        Instant now = now();
        String secret = WebhookSignatures.newSecret();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = Ids.newId();
        subscription.ownerClientId = owner;
        subscription.url = request.url();
        subscription.description = blankToNull(request.description());
        subscription.eventTypes = distinct(request.eventTypes());
        subscription.status = SubscriptionStatus.ENABLED;
        subscription.secretCipher = cipher.encrypt(WebhookDispatcher.SECRET_PURPOSE, secret);
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscription.persist();
        entityManager.flush();
        audit.record(AuditEvent.of("webhook.subscribe", "webhook_subscription", subscription.id)
                .details(Map.of("eventTypes", List.of(subscription.eventTypes))));
        return new Versioned<>(new IssuedSecret(view(subscription), secret), subscription.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubscriptionView> list(String owner, PageParams page) {
        return KeysetQuery.jpql("select s from WebhookSubscription s", WebhookSubscription.class)
                .where("s.ownerClientId = :owner", "owner", owner)
                .orderBy(Direction.ASCENDING, SortKey.uuid("s.id")).page(page)
                .fetchPage(entityManager, subscription -> Cursor.of(subscription.id), this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<SubscriptionView> get(String owner, UUID id) {
        WebhookSubscription subscription = find(owner, id, LockModeType.NONE);
        return new Versioned<>(view(subscription), subscription.version);
    }

    public Versioned<SubscriptionView> change(String owner, UUID id, String ifMatch, SubscriptionChange change) {
        WebhookSubscription subscription = find(owner, id, LockModeType.PESSIMISTIC_WRITE);
        EntityVersions.requireMatch(ifMatch, subscription.version);
        if (change.url() != null) {
            urls.require(change.url());
            subscription.url = change.url();
        }
        if (change.eventTypes() != null) {
            subscription.eventTypes = distinct(change.eventTypes());
        }
        if (change.description() != null) {
            subscription.description = blankToNull(change.description());
        }
        if (change.enabled() != null) {
            enable(subscription, change.enabled());
        }
        subscription.updatedAt = now();
        entityManager.flush();
        audit.record(AuditEvent.of("webhook.change", "webhook_subscription", subscription.id)
                .details(Map.of("eventTypes", List.of(subscription.eventTypes), "status", subscription.status.code())));
        return new Versioned<>(view(subscription), subscription.version);
    }

    /** Deletes the subscription and its delivery log; what was pending is never sent. */
    public void delete(String owner, UUID id) {
        WebhookSubscription subscription = find(owner, id, LockModeType.PESSIMISTIC_WRITE);
        entityManager.createNativeQuery("DELETE FROM webhook_deliveries WHERE subscription_id = :id")
                .setParameter("id", id).executeUpdate();
        subscription.delete();
        audit.record(AuditEvent.of("webhook.delete", "webhook_subscription", id));
    }

    /** A new secret, shown this once; the replaced one signs beside it for the overlap, an older one stops now. */
    public Versioned<IssuedSecret> rotate(String owner, UUID id) {
        WebhookSubscription subscription = find(owner, id, LockModeType.PESSIMISTIC_WRITE);
        String secret = WebhookSignatures.newSecret();
        Instant now = now();
        subscription.previousSecretCipher = subscription.secretCipher;
        subscription.previousSecretUntil = now.plus(settings.secretOverlap());
        subscription.secretCipher = cipher.encrypt(WebhookDispatcher.SECRET_PURPOSE, secret);
        subscription.updatedAt = now;
        entityManager.flush();
        audit.record(AuditEvent.of("webhook.rotate-secret", "webhook_subscription", id)
                .details(Map.of("previousSecretValidUntil", subscription.previousSecretUntil.toString())));
        return new Versioned<>(new IssuedSecret(view(subscription), secret), subscription.version);
    }

    /** The subscription of this owner; another's, or none, is a 404. */
    WebhookSubscription find(String owner, UUID id, LockModeType lock) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, id, lock);
        if (subscription == null || !subscription.ownerClientId.equals(owner)) {
            throw ApiProblem.notFound("WEBHOOK_SUBSCRIPTION_NOT_FOUND", id);
        }
        return subscription;
    }

    private void enable(WebhookSubscription subscription, boolean enabled) {
        SubscriptionStatus to = enabled ? SubscriptionStatus.ENABLED : SubscriptionStatus.DISABLED;
        if (subscription.status == to) {
            return;
        }
        subscription.status = SubscriptionStatus.MOVES.require(subscription.status, to);
        Instant now = now();
        if (enabled) {
            subscription.disabledReason = null;
            subscription.disabledAt = null;
            subscription.failingSince = null;
            // what waited while it was off goes out now, in its order
            entityManager.createNativeQuery("""
                            UPDATE webhook_deliveries SET next_attempt_at = :now, version = version + 1
                             WHERE subscription_id = :id AND status = 'pending'""")
                    .setParameter("now", now).setParameter("id", subscription.id).executeUpdate();
        } else {
            subscription.disabledReason = "owner";
            subscription.disabledAt = now;
        }
    }

    SubscriptionView view(WebhookSubscription subscription) {
        Instant until = subscription.previousSecretUntil != null && subscription.previousSecretUntil.isAfter(clock.instant())
                ? subscription.previousSecretUntil : null;
        return new SubscriptionView(subscription.id, subscription.url, Arrays.asList(subscription.eventTypes),
                subscription.description, subscription.status.code(), subscription.disabledReason,
                subscription.disabledAt, subscription.failingSince, until, subscription.createdAt, subscription.updatedAt);
    }

    private static String[] distinct(List<String> eventTypes) {
        return new LinkedHashSet<>(eventTypes).toArray(String[]::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
