package cn.gonghui.integration.webhook;

import cn.gonghui.platform.database.BackgroundWork;
import cn.gonghui.platform.crypto.ValueCipher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's deliveries, on every instance. A round takes one subscription at a time whose
 * oldest pending delivery is due, locking its row ({@code FOR UPDATE SKIP LOCKED}): another instance
 * takes another subscription, never the same, so an event goes out once at a time and each
 * subscription's events go out in the order they were recorded. A failure stops that subscription's
 * turn (what follows waits for it: order is kept) and is retried after the next pause of the schedule;
 * after the last one the delivery is failed and the next goes. A subscription whose deliveries
 * failed for five days without a success is disabled, and says so. The sends happen after the commit
 * of the change that recorded the event, never in a request's thread; a crash before the dispatcher's
 * own commit sends the delivery again, with the same webhook-id (at least once).
 */
@ApplicationScoped
public class WebhookDispatcher {

    static final String SECRET_PURPOSE = "webhook.secret";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private record Subscription(UUID id, String url, List<String> secrets, Instant failingSince) {
    }

    private record Due(UUID id, UUID eventId, int attempts, Instant nextAttemptAt, String body) {
    }

    private final EntityManager entityManager;
    private final WebhookSender sender;
    private final WebhookUrls urls;
    private final ValueCipher cipher;
    private final WebhookSettings settings;
    private final Clock clock;

    public WebhookDispatcher(EntityManager entityManager, WebhookSender sender, WebhookUrls urls, ValueCipher cipher,
            WebhookSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.urls = urls;
        this.cipher = cipher;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "{gonghui.webhooks.deliver-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverOnSchedule() {
        deliverDue();
    }

    /** One round: every subscription with a due delivery gets its turn; returns the attempts made. */
    public int deliverDue() {
        int attempts = 0;
        while (true) {
            Integer made = QuarkusTransaction.requiringNew().call(this::nextTurn);
            if (made == null) {
                return attempts;
            }
            attempts += made;
        }
    }

    /** Claims one subscription and sends its due deliveries in order; null when none is due. */
    @BackgroundWork
    Integer nextTurn() {
        Instant now = now();
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = entityManager.createNativeQuery("""
                        SELECT s.id, s.url, s.secret_cipher, s.previous_secret_cipher, s.previous_secret_until,
                               s.failing_since
                          FROM webhook_subscriptions s
                         WHERE s.status = 'enabled'
                           AND (SELECT d.next_attempt_at FROM webhook_deliveries d
                                 WHERE d.subscription_id = s.id AND d.status = 'pending'
                                 ORDER BY d.seq LIMIT 1) <= :now
                         ORDER BY s.id
                         LIMIT 1
                           FOR UPDATE OF s SKIP LOCKED""")
                .setParameter("now", now)
                .getResultList();
        if (claimed.isEmpty()) {
            return null;
        }
        Subscription subscription = subscription(claimed.get(0), now);
        int attempts = 0;
        for (Due due : dueOf(subscription.id())) {
            if (due.nextAttemptAt().isAfter(now)) {
                break;
            }
            attempts++;
            if (!attempt(subscription, due, now())) {
                break;
            }
        }
        return attempts;
    }

    /** Sends one delivery and records how it went; false when it failed. */
    private boolean attempt(Subscription subscription, Due due, Instant at) {
        String webhookId = WebhookOutbox.webhookId(due.eventId());
        long timestamp = at.getEpochSecond();
        Optional<String> refusal = urls.refusalOf(subscription.url());
        WebhookSender.Outcome outcome = refusal.isPresent()
                ? new WebhookSender.Outcome(0, "URL not allowed: " + refusal.get())
                : sender.send(URI.create(subscription.url()), webhookId, timestamp,
                        WebhookSignatures.header(subscription.secrets(), webhookId, timestamp, due.body()), due.body());
        Instant done = now();
        if (outcome.succeeded()) {
            delivered(subscription, due, outcome, done);
            return true;
        }
        failed(subscription, due, outcome, done);
        return false;
    }

    private void delivered(Subscription subscription, Due due, WebhookSender.Outcome outcome, Instant at) {
        entityManager.createNativeQuery("""
                        UPDATE webhook_deliveries
                           SET status = 'delivered', attempts = attempts + 1, next_attempt_at = NULL, last_attempt_at = :at,
                               last_response_code = :code, last_error = NULL, delivered_at = :at, version = version + 1
                         WHERE id = :id""")
                .setParameter("at", at).setParameter("code", outcome.status()).setParameter("id", due.id())
                .executeUpdate();
        if (subscription.failingSince() != null) {
            entityManager.createNativeQuery("UPDATE webhook_subscriptions SET failing_since = NULL WHERE id = :id")
                    .setParameter("id", subscription.id()).executeUpdate();
        }
    }

    private void failed(Subscription subscription, Due due, WebhookSender.Outcome outcome, Instant at) {
        List<java.time.Duration> schedule = settings.retrySchedule();
        int attempts = due.attempts() + 1;
        boolean retry = attempts <= schedule.size();
        entityManager.createNativeQuery("""
                        UPDATE webhook_deliveries
                           SET status = :status, attempts = :attempts,
                               next_attempt_at = CASE WHEN :retry THEN CAST(:next AS timestamptz) END,
                               last_attempt_at = :at, last_response_code = NULLIF(:code, 0), last_error = :error,
                               version = version + 1
                         WHERE id = :id""")
                .setParameter("status", retry ? DeliveryStatus.PENDING.code() : DeliveryStatus.FAILED.code())
                .setParameter("attempts", attempts)
                .setParameter("retry", retry)
                .setParameter("next", retry ? at.plus(schedule.get(attempts - 1)) : at)
                .setParameter("at", at)
                .setParameter("code", outcome.status())
                .setParameter("error", outcome.error())
                .setParameter("id", due.id())
                .executeUpdate();
        Instant failingSince = subscription.failingSince() == null ? at : subscription.failingSince();
        boolean disable = !failingSince.plus(settings.disableAfter()).isAfter(at);
        entityManager.createNativeQuery("""
                        UPDATE webhook_subscriptions
                           SET failing_since = :since,
                               status = CASE WHEN :disable THEN 'disabled' ELSE status END,
                               disabled_reason = CASE WHEN :disable THEN 'failing' ELSE disabled_reason END,
                               disabled_at = CASE WHEN :disable THEN CAST(:at AS timestamptz) ELSE disabled_at END,
                               version = CASE WHEN :disable THEN version + 1 ELSE version END
                         WHERE id = :id""")
                .setParameter("since", failingSince).setParameter("disable", disable).setParameter("at", at)
                .setParameter("id", subscription.id())
                .executeUpdate();
        if (disable) {
            LOG.warnf("Disabled webhook subscription %s: its deliveries failed since %s", subscription.id(), failingSince);
        }
    }

    private List<Due> dueOf(UUID subscription) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT d.id, d.event_id, d.attempts, d.next_attempt_at, e.body
                          FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
                         WHERE d.subscription_id = :subscription AND d.status = 'pending'
                         ORDER BY d.seq
                         LIMIT :batch""")
                .setParameter("subscription", subscription).setParameter("batch", settings.batchSize())
                .getResultList();
        List<Due> due = new ArrayList<>();
        for (Object[] row : rows) {
            due.add(new Due((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(), instant(row[3]), (String) row[4]));
        }
        return due;
    }

    private Subscription subscription(Object[] row, Instant now) {
        List<String> secrets = new ArrayList<>();
        secrets.add(cipher.decrypt(SECRET_PURPOSE, (String) row[2]));
        Instant previousUntil = instant(row[4]);
        if (row[3] != null && previousUntil != null && previousUntil.isAfter(now)) {
            secrets.add(cipher.decrypt(SECRET_PURPOSE, (String) row[3]));
        }
        return new Subscription((UUID) row[0], (String) row[1], secrets, instant(row[5]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
