package cn.gonghui.privacy.rights;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.ConsentCheck;
import cn.gonghui.privacy.DataSubjects;
import cn.gonghui.privacy.PersonalDataEraser;
import cn.gonghui.privacy.rights.ConsentViews.ConsentRecordView;
import cn.gonghui.privacy.rights.ConsentViews.ConsentView;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The member's consent per purpose. A consent counts only for the policy version in force: a new
 * version makes the member agree again. Giving and withdrawing are idempotent, and two requests at
 * once leave one consent in force (the partial unique index decides).
 */
@ApplicationScoped
public class Consents implements PersonalDataEraser, ConsentCheck {

    private final RightsSettings settings;
    private final DataSubjects subjects;
    private final EntityManager entityManager;
    private final Clock clock;

    public Consents(RightsSettings settings, DataSubjects subjects, EntityManager entityManager, Clock clock) {
        this.settings = settings;
        this.subjects = subjects;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Reads every policy version once at start, so a missing one stops the service there. */
    void checkPolicies(@Observes StartupEvent started) {
        Arrays.stream(Purpose.values()).forEach(settings.policyVersions()::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentView> of(UUID memberId) {
        Map<Purpose, Consent> inForce = new EnumMap<>(Purpose.class);
        Consent.<Consent>list("memberId = ?1 and withdrawnAt is null", memberId)
                .forEach(consent -> inForce.put(consent.purpose, consent));
        return Arrays.stream(Purpose.values()).map(purpose -> view(purpose, inForce.get(purpose))).toList();
    }

    /** Every consent the member ever gave, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentRecordView> history(UUID memberId) {
        return Consent.<Consent>list("memberId = ?1 order by grantedAt, id", memberId).stream()
                .map(ConsentRecordView::of).toList();
    }

    /** Consents to the current policy of a purpose; a consent to an older version is ended as renewed. */
    @Transactional
    public ConsentView grant(UUID memberId, String purposeCode, String policyVersion) {
        Purpose purpose = purpose(purposeCode);
        String current = settings.policyVersions().of(purpose);
        if (!current.equals(policyVersion)) {
            throw ApiProblem.unprocessable("POLICY_VERSION_OUTDATED", policyVersion, current)
                    .with("currentPolicyVersion", current);
        }
        if (!subjects.isActive(memberId)) {
            // the token outlived its member (e.g. erased on request): the caller must sign in again
            throw new ApiProblem(401, "ACCOUNT_DISABLED");
        }
        Instant now = clock.instant();
        entityManager.createNativeQuery("""
                UPDATE consents SET withdrawn_at = :now, ended_why = 'renewed'
                 WHERE member_id = :member AND purpose = :purpose AND withdrawn_at IS NULL
                   AND policy_version <> :current""")
                .setParameter("now", now)
                .setParameter("member", memberId)
                .setParameter("purpose", purpose.code())
                .setParameter("current", current)
                .executeUpdate();
        entityManager.createNativeQuery("""
                INSERT INTO consents (id, member_id, purpose, policy_version, granted_at)
                VALUES (:id, :member, :purpose, :version, :now)
                ON CONFLICT (member_id, purpose) WHERE withdrawn_at IS NULL DO NOTHING""")
                .setParameter("id", Ids.newId())
                .setParameter("member", memberId)
                .setParameter("purpose", purpose.code())
                .setParameter("version", current)
                .setParameter("now", now)
                .executeUpdate();
        return view(purpose, inForce(memberId, purpose));
    }

    /** Withdraws the consent to a purpose; withdrawing one not given changes nothing. */
    @Transactional
    public ConsentView withdraw(UUID memberId, String purposeCode) {
        Purpose purpose = purpose(purposeCode);
        entityManager.createNativeQuery("""
                UPDATE consents SET withdrawn_at = :now, ended_why = 'withdrawn'
                 WHERE member_id = :member AND purpose = :purpose AND withdrawn_at IS NULL""")
                .setParameter("now", clock.instant())
                .setParameter("member", memberId)
                .setParameter("purpose", purpose.code())
                .executeUpdate();
        return view(purpose, null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void require(UUID memberId, String purposeCode) {
        Purpose purpose = Purpose.ofCode(purposeCode)
                .orElseThrow(() -> new IllegalStateException("A service names an unknown purpose: " + purposeCode));
        String current = settings.policyVersions().of(purpose);
        if (!given(memberId, purposeCode)) {
            throw ApiProblem.unprocessable("CONSENT_REQUIRED", purpose.code())
                    .with("purpose", purpose.code())
                    .with("currentPolicyVersion", current);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean given(UUID memberId, String purposeCode) {
        Purpose purpose = Purpose.ofCode(purposeCode)
                .orElseThrow(() -> new IllegalStateException("An unknown purpose: " + purposeCode));
        return Consent.count("memberId = ?1 and purpose = ?2 and withdrawnAt is null and policyVersion = ?3",
                memberId, purpose, settings.policyVersions().of(purpose)) > 0;
    }

    /** An erased member's consents end; the history stays as the record of what they had agreed to. */
    @Override
    public void erase(UUID memberId) {
        entityManager.createNativeQuery("""
                UPDATE consents SET withdrawn_at = :now, ended_why = 'erased'
                 WHERE member_id = :member AND withdrawn_at IS NULL""")
                .setParameter("now", clock.instant())
                .setParameter("member", memberId)
                .executeUpdate();
    }

    private Consent inForce(UUID memberId, Purpose purpose) {
        return Consent.<Consent>find("memberId = ?1 and purpose = ?2 and withdrawnAt is null", memberId, purpose)
                .firstResult();
    }

    private ConsentView view(Purpose purpose, Consent inForce) {
        String current = settings.policyVersions().of(purpose);
        boolean consented = inForce != null && current.equals(inForce.policyVersion);
        return new ConsentView(purpose, purpose.sensitive(), consented, inForce == null ? null : inForce.policyVersion,
                inForce == null ? null : inForce.grantedAt, current);
    }

    private static Purpose purpose(String code) {
        return Purpose.ofCode(code).orElseThrow(() -> ApiProblem.notFound("PURPOSE_NOT_FOUND", code));
    }
}
