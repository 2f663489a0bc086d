package cn.gonghui.identity;

import cn.gonghui.identity.OfficerAssignment.Rights;
import cn.gonghui.identity.OfficerRecords.OfficerRecord;
import cn.gonghui.identity.OfficerViews.OfficerChange;
import cn.gonghui.identity.OfficerViews.OfficerRequest;
import cn.gonghui.identity.OfficerViews.OfficerView;
import cn.gonghui.identity.token.Sessions;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.http.EntityVersions;
import cn.gonghui.platform.http.Versioned;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import cn.gonghui.security.Role;
import cn.gonghui.security.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Creating and changing officer accounts within the caller's reach. A change of rights (role,
 * streets, district, disabling) and a password reset take effect at once: the account's token
 * version moves on and its sessions end, so neither an access token nor a refresh token issued
 * before still works. Every change is audited with what it was before and after, never a password.
 */
@ApplicationScoped
@Transactional
public class OfficerAccounts {

    private final OfficerRecords records;
    private final OfficerDirectory directory;
    private final OfficerAssignment assignment;
    private final Administrators administrators;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    public OfficerAccounts(OfficerRecords records, OfficerDirectory directory, OfficerAssignment assignment,
            Administrators administrators, PasswordPolicy policy, PasswordHasher hasher, Sessions sessions,
            AuditLog audit, Clock clock) {
        this.records = records;
        this.directory = directory;
        this.assignment = assignment;
        this.administrators = administrators;
        this.policy = policy;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public Versioned<OfficerView> create(OfficerReach reach, OfficerRequest request) {
        Rights rights = assignment.resolve(request.role(), request.streetCodes(), request.districtCode(), request.lawyer());
        reach.requireMayGrant(rights.role(), rights.streetIds());
        policy.require("initialPassword", request.username(), request.initialPassword());
        Instant now = now();
        OfficerRecord officer = new OfficerRecord(Ids.newId(), request.username(), request.displayName().strip(),
                rights.role(), rights.districtId(), rights.streetIds(), rights.lawyer(), true, true, 0, now, now);
        if (!records.insert(officer, hasher.hash(request.initialPassword()))) {
            throw ApiProblem.conflict("USERNAME_TAKEN");
        }
        audit.record(AuditEvent.of("officer.create", "officer", officer.id()).details(Map.of("after", snapshot(officer))));
        return reread(officer.id());
    }

    public Versioned<OfficerView> update(OfficerReach reach, UUID id, String ifMatch, OfficerChange change) {
        OfficerRecord before = directory.inReach(reach, id, true);
        EntityVersions.requireMatch(ifMatch, before.version());
        String role = change.role() == null ? before.role() : change.role();
        boolean sameRole = role.equals(before.role());
        List<String> streets = change.streetCodes() != null ? change.streetCodes()
                : sameRole ? List.copyOf(assignment.streetCodes(before.streetIds())) : List.of();
        String district = change.districtCode() != null ? change.districtCode()
                : sameRole ? assignment.districtCode(before.districtId()) : null;
        boolean lawyer = change.lawyer() != null ? change.lawyer() : sameRole && before.lawyer();
        Rights rights = assignment.resolve(role, streets, district, lawyer);
        reach.requireMayGrant(rights.role(), rights.streetIds());
        if (isEnabledAdmin(before) && !Role.ADMIN.claim().equals(role)) {
            administrators.requireAnotherBesides(id);
        }
        String displayName = change.displayName() == null ? before.displayName() : change.displayName().strip();
        OfficerRecord after = new OfficerRecord(id, before.username(), displayName, rights.role(), rights.districtId(),
                rights.streetIds(), rights.lawyer(), before.enabled(), before.passwordChangeRequired(), before.version(),
                before.createdAt(), now());
        boolean rightsChanged = !sameRole || !before.streetIds().equals(after.streetIds())
                || !Objects.equals(before.districtId(), after.districtId());
        save("officer.update", before, after, rightsChanged);
        return reread(id);
    }

    public Versioned<OfficerView> setEnabled(OfficerReach reach, UUID id, boolean enabled) {
        OfficerRecord before = directory.inReach(reach, id, true);
        if (before.enabled() != enabled) {
            if (!enabled && isEnabledAdmin(before)) {
                administrators.requireAnotherBesides(id);
            }
            OfficerRecord after = new OfficerRecord(id, before.username(), before.displayName(), before.role(),
                    before.districtId(), before.streetIds(), before.lawyer(), enabled, before.passwordChangeRequired(),
                    before.version(), before.createdAt(), now());
            // enabling gives back nothing a token holds: every token ended when the account was disabled
            save(enabled ? "officer.enable" : "officer.disable", before, after, !enabled);
        }
        return reread(id);
    }

    /** A new initial password: the officer must change it before signing in again; their sessions end now. */
    public Versioned<OfficerView> resetPassword(OfficerReach reach, UUID id, String initialPassword) {
        OfficerRecord officer = directory.inReach(reach, id, true);
        policy.require("initialPassword", officer.username(), initialPassword);
        records.setInitialPassword(id, hasher.hash(initialPassword), now());
        sessions.endAll(Subject.Kind.OFFICER, id, "account_changed");
        audit.record(AuditEvent.of("officer.password-reset", "officer", id));
        return reread(id);
    }

    private void save(String action, OfficerRecord before, OfficerRecord after, boolean rightsChanged) {
        records.update(after, rightsChanged);
        if (rightsChanged) {
            sessions.endAll(Subject.Kind.OFFICER, after.id(), "account_changed");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", snapshot(before));
        details.put("after", snapshot(after));
        details.put("displayNameChanged", !before.displayName().equals(after.displayName()));
        details.put("tokensRevoked", rightsChanged);
        audit.record(AuditEvent.of(action, "officer", after.id()).details(details));
    }

    private Versioned<OfficerView> reread(UUID id) {
        OfficerRecord officer = records.find(id, false).orElseThrow();
        return new Versioned<>(directory.view(officer), officer.version());
    }

    private static boolean isEnabledAdmin(OfficerRecord officer) {
        return officer.enabled() && Role.ADMIN.claim().equals(officer.role());
    }

    /** What the audit keeps of an account: ids and flags, not the officer's name, never a password. */
    private static Map<String, Object> snapshot(OfficerRecord officer) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("username", officer.username());
        snapshot.put("role", officer.role());
        snapshot.put("districtId", officer.districtId() == null ? null : officer.districtId().toString());
        snapshot.put("streetIds", new ArrayList<>(officer.streetIds().stream().map(UUID::toString).toList()));
        snapshot.put("lawyer", officer.lawyer());
        snapshot.put("enabled", officer.enabled());
        return snapshot;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
