package cn.gonghui.notification;

import cn.gonghui.platform.i18n.Messages;
import cn.gonghui.platform.id.Ids;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Tells a member what happened to their application (or activity): a message in the inbox and, where a WeChat
 * template is configured for the event, a row in the outbox, both in the caller's transaction, so
 * a status change and its notification are stored together or not at all.
 */
@ApplicationScoped
public class Notifier {

    /** What to tell: the event (a status or e.g. appointment_booked) and the values the text needs. */
    public record Notice(UUID memberId, UUID applicationId, String event, String serviceName, String number,
            String reason) {
    }

    /**
     * What to tell about something other than an application (an activity): the event, what it is
     * about ({0} of the texts, thing1 of the subscribe message), a reference ({1}, character_string2),
     * a detail ({2}) and the mini-program page the message opens.
     */
    public record Topic(UUID memberId, String event, String subject, String reference, String detail, String page) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(cn.gonghui.platform.time.ClockProducer.BEIJING);

    private final EntityManager entityManager;
    private final Messages messages;
    private final NotificationSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    public Notifier(EntityManager entityManager, Messages messages, NotificationSettings settings, ObjectMapper json,
            Clock clock) {
        this.entityManager = entityManager;
        this.messages = messages;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Notice notice) {
        send(new Topic(notice.memberId(), notice.event(), notice.serviceName(), notice.number(), notice.reason(),
                settings.page().replace("{id}", String.valueOf(notice.applicationId()))), notice.applicationId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Topic topic) {
        send(topic, null);
    }

    private void send(Topic topic, UUID applicationId) {
        Instant now = clock.instant();
        String title = messages.get(Messages.CHINESE, "notice." + topic.event() + ".title", topic.subject());
        String body = messages.get(Messages.CHINESE, "notice." + topic.event() + ".body", topic.subject(),
                topic.reference(), topic.detail() == null ? "" : topic.detail());
        MemberMessage message = new MemberMessage();
        message.id = Ids.newId();
        message.memberId = topic.memberId();
        message.applicationId = applicationId;
        message.event = topic.event();
        message.title = title;
        message.body = body;
        message.createdAt = now;
        message.persist();
        settings.templateFor(topic.event()).ifPresent(template -> enqueue(topic, template, now));
    }

    /**
     * The subscribe message's data. WeChat templates name their fields; ours are expected to have
     * thing1 (service), character_string2 (number), phrase3 (what happened), time4 (when).
     */
    private void enqueue(Topic notice, String template, Instant now) {
        ObjectNode data = json.createObjectNode();
        data.put("thing1", truncate(notice.subject(), 20));
        data.put("character_string2", notice.reference());
        data.put("phrase3", truncate(messages.get(Messages.CHINESE, "notice." + notice.event() + ".phrase"), 5));
        data.put("time4", WHEN.format(now));
        entityManager.createNativeQuery("""
                INSERT INTO notification_outbox (id, member_id, event, template_id, page, payload, status, attempts,
                                                 next_attempt_at, created_at)
                VALUES (:id, :member, :event, :template, :page, CAST(:payload AS jsonb), 'pending', 0, :now, :now)""")
                .setParameter("id", Ids.newId())
                .setParameter("member", notice.memberId())
                .setParameter("event", notice.event())
                .setParameter("template", template)
                .setParameter("page", notice.page())
                .setParameter("payload", data.toString())
                .setParameter("now", now)
                .executeUpdate();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
