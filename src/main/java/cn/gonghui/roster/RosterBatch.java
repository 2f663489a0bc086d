package cn.gonghui.roster;

import cn.gonghui.identity.ImportedMembers;
import cn.gonghui.identity.ImportedMembers.Found;
import cn.gonghui.identity.ImportedMembers.Person;
import cn.gonghui.membership.MembershipImports;
import cn.gonghui.membership.MembershipImports.Entry;
import cn.gonghui.membership.MembershipImports.Outcome;
import cn.gonghui.roster.RosterRowCheck.CellError;
import cn.gonghui.roster.RosterRowCheck.Checked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One batch of an import, in one transaction: members found or created (identity), memberships
 * recorded (membership), refused rows written down, the job's counters and cursor moved on. The
 * job's row is locked first and must still be this worker's at the cursor it expects: a worker that
 * lost its claim (its lease ran out and another instance resumed) commits nothing.
 */
@ApplicationScoped
class RosterBatch {

    private final EntityManager entityManager;
    private final ImportedMembers members;
    private final MembershipImports memberships;
    private final RosterSettings settings;
    private final Clock clock;

    RosterBatch(EntityManager entityManager, ImportedMembers members, MembershipImports memberships,
            RosterSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.members = members;
        this.memberships = memberships;
        this.settings = settings;
        this.clock = clock;
    }

    /** Commits the batch; false when the job is no longer this worker's at this cursor (nothing written). */
    boolean commit(UUID jobId, UUID streetId, String worker, long cursor, List<Checked> rows) {
        Object[] job = (Object[]) entityManager.createNativeQuery(
                        "SELECT claimed_by, rows_processed FROM roster_imports WHERE id = :id FOR UPDATE")
                .setParameter("id", jobId).getSingleResult();
        if (!worker.equals(job[0]) || ((Number) job[1]).longValue() != cursor) {
            return false;
        }
        // the batch's inserts go to PostgreSQL as one JDBC batch per table, which the driver rewrites into a few
        // multi-row INSERTs (reWriteBatchedInserts, application.properties): not one statement per row
        entityManager.unwrap(org.hibernate.Session.class).setJdbcBatchSize(Math.max(1, rows.size()));
        List<Checked> accepted = rows.stream().filter(Checked::accepted).toList();
        List<Found> found = members.findOrCreate(accepted.stream().map(Checked::person).toList(), streetId);
        List<Entry> entries = new ArrayList<>(accepted.size());
        for (int i = 0; i < accepted.size(); i++) {
            entries.add(new Entry(found.get(i).memberId(), found.get(i).hasAccount(), accepted.get(i).employerName()));
        }
        List<Outcome> outcomes = memberships.importInto(streetId, entries);
        int created = 0;
        int updated = 0;
        List<Object[]> errors = new ArrayList<>();
        for (Checked row : rows) {
            row.errors().forEach(error -> errors.add(error(row, error)));
        }
        for (int i = 0; i < accepted.size(); i++) {
            switch (outcomes.get(i)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case IN_ANOTHER_STREET -> errors.add(error(accepted.get(i),
                        new CellError(RosterColumn.ID_NUMBER.code, "MEMBER_OF_ANOTHER_STREET")));
                case ENDED -> errors.add(error(accepted.get(i),
                        new CellError(RosterColumn.ID_NUMBER.code, "MEMBERSHIP_ENDED")));
            }
        }
        int rejected = rows.size() - created - updated;
        insertErrors(jobId, errors);
        Instant now = clock.instant();
        entityManager.createNativeQuery("""
                        UPDATE roster_imports
                           SET rows_processed = rows_processed + :rows, rows_created = rows_created + :created,
                               rows_updated = rows_updated + :updated, rows_rejected = rows_rejected + :rejected,
                               lease_until = :until, updated_at = :now, version = version + 1
                         WHERE id = :id""")
                .setParameter("rows", rows.size()).setParameter("created", created).setParameter("updated", updated)
                .setParameter("rejected", rejected).setParameter("until", now.plus(settings.lease()))
                .setParameter("now", now).setParameter("id", jobId)
                .executeUpdate();
        return true;
    }

    /** The batch's refused cells in one statement, whatever their number: three arrays unnested side by side. */
    private void insertErrors(UUID jobId, List<Object[]> errors) {
        if (errors.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                        INSERT INTO roster_import_errors (import_id, row_number, column_name, code)
                        SELECT :job, cell.row_number, cell.column_name, cell.code
                          FROM unnest(CAST(:rows AS integer[]), CAST(:columns AS text[]), CAST(:codes AS text[]))
                               AS cell (row_number, column_name, code)
                        ON CONFLICT DO NOTHING""")
                .setParameter("job", jobId)
                .setParameter("rows", arrayLiteral(errors, 0))
                .setParameter("columns", arrayLiteral(errors, 1))
                .setParameter("codes", arrayLiteral(errors, 2))
                .executeUpdate();
    }

    /**
     * One column of the errors as a PostgreSQL array literal: row numbers, column codes and rule codes
     * are digits and upper- or camel-case ASCII words of ours, never the sheet's text, so quoting
     * each element is enough.
     */
    private static String arrayLiteral(List<Object[]> errors, int column) {
        StringBuilder literal = new StringBuilder("{");
        for (Object[] error : errors) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(error[column]).append('"');
        }
        return literal.append('}').toString();
    }

    private static Object[] error(Checked row, CellError error) {
        return new Object[] {row.row().number(), error.column(), error.code()};
    }
}
