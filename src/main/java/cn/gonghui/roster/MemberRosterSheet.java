package cn.gonghui.roster;

import cn.gonghui.identity.MemberRoster;
import cn.gonghui.identity.MemberRosterExport;
import cn.gonghui.membership.MembershipStatus;
import cn.gonghui.membership.Memberships;
import cn.gonghui.membership.Memberships.RosterEntry;
import cn.gonghui.place.PlaceViews.StreetView;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.state.Coded;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.DataScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The members' roster of the caller's streets as XLSX, streamed in keyset batches (each read in a
 * transaction of its own, then flushed), so 200,000 rows take the memory of one batch. Names, ID
 * numbers and phones are masked; in plain text only with a reason, and the export is audited before
 * its first row is written.
 */
@ApplicationScoped
public class MemberRosterSheet implements MemberRosterExport {

    static final List<String> HEADER = List.of("会员编号 Member number", "姓名 Name", "身份证号 ID number", "手机号 Phone",
            "街道 Street", "工会 Union", "工作单位 Employer", "状态 Status", "入会日期 Since");

    private final Memberships memberships;
    private final MemberRoster people;
    private final StreetQueries streets;
    private final RosterImports imports;
    private final AuditLog audit;
    private final RosterSettings settings;

    public MemberRosterSheet(Memberships memberships, MemberRoster people, StreetQueries streets, RosterImports imports,
            AuditLog audit, RosterSettings settings) {
        this.memberships = memberships;
        this.people = people;
        this.streets = streets;
        this.imports = imports;
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    public StreamingOutput export(Request request) {
        Set<UUID> streetIds = streetsOf(request.scope(), request.streetCode());
        MembershipStatus status = request.status() == null ? null : Coded.ofCode(MembershipStatus.class, request.status());
        if (request.plaintext()) {
            if (request.reason() == null || request.reason().strip().length() < 4) {
                throw ApiProblem.invalidField("reason", "REQUIRED");
            }
            Map<String, Object> details = new HashMap<>();
            details.put("reason", request.reason().strip());
            details.put("streetCode", request.streetCode() == null ? "" : request.streetCode());
            details.put("status", request.status() == null ? "" : request.status());
            audit.recordAlone(AuditEvent.of("member.roster_export_plaintext", "member_roster", null).details(details));
        }
        boolean plaintext = request.plaintext();
        return out -> {
            SheetStream sheet = new SheetStream(out, "会员 Members", HEADER);
            UUID after = null;
            boolean more = streetIds == null || !streetIds.isEmpty();
            while (more) {
                UUID from = after;
                Batch batch = QuarkusTransaction.requiringNew().call(() -> batch(streetIds, status, from, plaintext));
                batch.rows().forEach(sheet::row);
                sheet.flush();
                more = batch.rows().size() == settings.exportBatchSize();
                after = batch.last();
            }
            sheet.finish();
        };
    }

    /** A batch of rows, and the member of its last row: the next batch's key. */
    private record Batch(List<List<Object>> rows, UUID last) {
    }

    private Batch batch(Set<UUID> streetIds, MembershipStatus status, UUID after, boolean plaintext) {
        List<RosterEntry> entries = memberships.rosterBatch(streetIds, status, after, settings.exportBatchSize());
        Map<UUID, MemberRoster.Person> persons = people.people(entries.stream().map(RosterEntry::memberId).toList(),
                plaintext);
        Map<UUID, StreetView> streetViews = streets.viewsOf(entries.stream().map(RosterEntry::streetId)
                .collect(java.util.stream.Collectors.toSet()));
        List<List<Object>> rows = entries.stream().map(entry -> {
            MemberRoster.Person person = persons.getOrDefault(entry.memberId(), new MemberRoster.Person(null, null, null));
            StreetView street = streetViews.get(entry.streetId());
            return java.util.Arrays.<Object>asList(entry.number(), person.realName(), person.idNumber(), person.phone(),
                    street == null ? null : street.name(), entry.unionName(), entry.employerName(),
                    entry.status().code(), entry.since());
        }).toList();
        return new Batch(rows, entries.isEmpty() ? null : entries.get(entries.size() - 1).memberId());
    }

    /** The streets to list: the caller's, narrowed to one when asked; null for all of an administrator's. */
    private Set<UUID> streetsOf(DataScope scope, String streetCode) {
        if (streetCode != null) {
            return Set.of(imports.streetInScope(scope, streetCode).id());
        }
        if (scope instanceof DataScope.Everything) {
            return null;
        }
        return scope instanceof DataScope.Streets own ? own.ids() : Set.of();
    }
}
