package cn.gonghui.disclosure;

import cn.gonghui.attachment.AttachmentView;
import cn.gonghui.attachment.Attachments;
import cn.gonghui.disclosure.DisclosureViews.FileView;
import cn.gonghui.disclosure.DisclosureViews.FundTotals;
import cn.gonghui.disclosure.DisclosureViews.ReviewResults;
import cn.gonghui.disclosure.DisclosureViews.VersionView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The versions of a disclosure and the files of each: written once, never changed, all readable. */
@ApplicationScoped
class DisclosureVersions {

    /** The content of a new version. */
    record Content(String title, String body, FundTotals totals, ReviewResults results, List<AttachmentView> files,
            String changeNote) {
    }

    private final EntityManager entityManager;
    private final Attachments attachments;
    private final ObjectMapper json;

    DisclosureVersions(EntityManager entityManager, Attachments attachments, ObjectMapper json) {
        this.entityManager = entityManager;
        this.attachments = attachments;
        this.json = json;
    }

    void add(UUID disclosureId, int version, Content content, UUID officerId, Instant now) {
        entityManager.createNativeQuery("""
                        INSERT INTO disclosure_versions (disclosure_id, version, title, body, income, expenditure, balance,
                                                         review_results, change_note, created_by, created_at)
                        VALUES (:id, :version, :title, :body, CAST(:income AS numeric), CAST(:expenditure AS numeric),
                                CAST(:balance AS numeric), CAST(:results AS jsonb), :note, :officer, :now)""")
                .setParameter("id", disclosureId).setParameter("version", version)
                .setParameter("title", content.title()).setParameter("body", content.body())
                .setParameter("income", content.totals() == null ? null : content.totals().income())
                .setParameter("expenditure", content.totals() == null ? null : content.totals().expenditure())
                .setParameter("balance", content.totals() == null ? null : content.totals().balance())
                .setParameter("results", content.results() == null ? null : write(content.results()))
                .setParameter("note", content.changeNote()).setParameter("officer", officerId).setParameter("now", now)
                .executeUpdate();
        for (int i = 0; i < content.files().size(); i++) {
            entityManager.createNativeQuery("""
                            INSERT INTO disclosure_attachments (disclosure_id, version, attachment_id, position)
                            VALUES (:id, :version, :attachment, :position)""")
                    .setParameter("id", disclosureId).setParameter("version", version)
                    .setParameter("attachment", content.files().get(i).id()).setParameter("position", (short) i)
                    .executeUpdate();
        }
    }

    /** Every version, newest first. */
    List<VersionView> of(UUID disclosureId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT version, title, body, CAST(income AS text), CAST(expenditure AS text), CAST(balance AS text),
                               CAST(review_results AS text), change_note, created_at
                          FROM disclosure_versions WHERE disclosure_id = :id ORDER BY version DESC""")
                .setParameter("id", disclosureId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> links = entityManager.createNativeQuery("""
                        SELECT version, attachment_id FROM disclosure_attachments WHERE disclosure_id = :id
                         ORDER BY version, position""")
                .setParameter("id", disclosureId).getResultList();
        Map<UUID, AttachmentView> files = new HashMap<>();
        attachments.viewsOf(links.stream().map(link -> (UUID) link[1]).toList()).forEach(file -> files.put(file.id(), file));
        Map<Integer, List<FileView>> byVersion = new LinkedHashMap<>();
        for (Object[] link : links) {
            UUID file = (UUID) link[1];
            byVersion.computeIfAbsent(((Number) link[0]).intValue(), version -> new ArrayList<>())
                    .add(new FileView(files.get(file), "/api/v1/disclosures/" + disclosureId + "/attachments/" + file));
        }
        List<VersionView> versions = new ArrayList<>();
        for (Object[] row : rows) {
            int version = ((Number) row[0]).intValue();
            FundTotals totals = row[3] == null ? null : new FundTotals(money(row[3]), money(row[4]), money(row[5]));
            versions.add(new VersionView(version, (String) row[1], (String) row[2], totals, read((String) row[6]),
                    byVersion.getOrDefault(version, List.of()), (String) row[7], instant(row[8])));
        }
        return versions;
    }

    /** The current titles of a page of disclosures, in one query. */
    Map<UUID, String> currentTitles(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT v.disclosure_id, v.title FROM disclosure_versions v JOIN disclosures d
                            ON d.id = v.disclosure_id AND d.current_version = v.version WHERE d.id IN (:ids)""")
                .setParameter("ids", ids).getResultList();
        Map<UUID, String> titles = new HashMap<>();
        rows.forEach(row -> titles.put((UUID) row[0], (String) row[1]));
        return titles;
    }

    /** Whether a version of the disclosure names the file. */
    boolean names(UUID disclosureId, UUID attachmentId) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM disclosure_attachments WHERE disclosure_id = :id AND attachment_id = :attachment""")
                .setParameter("id", disclosureId).setParameter("attachment", attachmentId).getResultList().isEmpty();
    }

    private static String money(Object value) {
        return new BigDecimal((String) value).setScale(2).toPlainString();
    }

    private String write(ReviewResults results) {
        try {
            return json.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReviewResults read(String text) {
        try {
            return text == null ? null : json.readValue(text, ReviewResults.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
