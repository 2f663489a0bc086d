package cn.gonghui.hardship;

import cn.gonghui.application.ApplicationRef;
import cn.gonghui.hardship.HardshipViews.FileView;
import cn.gonghui.place.StreetQueries;
import cn.gonghui.place.StreetQueries.StreetRef;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.Constraints;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.platform.time.BeijingTime;
import cn.gonghui.privacy.FieldCipher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Opens the file the district approved; a re-check's approval replaces the member's active file. */
@ApplicationScoped
public class HardshipFiles {

    private final HardshipSettings settings;
    private final FieldCipher cipher;
    private final HardshipForms forms;
    private final EntityManager entityManager;
    private final Clock clock;
    private final StreetQueries streets;

    public HardshipFiles(HardshipSettings settings, FieldCipher cipher, HardshipForms forms, EntityManager entityManager,
            Clock clock, StreetQueries streets) {
        this.streets = streets;
        this.settings = settings;
        this.cipher = cipher;
        this.forms = forms;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public HardshipFile open(ApplicationRef application, JsonNode household, String classification,
            BigDecimal perCapitaMonthlyIncome, BigDecimal minimumLivingLine) {
        Instant now = clock.instant();
        LocalDate today = BeijingTime.today(clock);
        // the re-checked file takes over from the one it re-checks
        entityManager.createQuery("""
                update HardshipFile set status = :expired, updatedAt = :now, version = version + 1
                 where memberId = :member and status = :active""")
                .setParameter("expired", HardshipFileStatus.EXPIRED).setParameter("now", now)
                .setParameter("member", application.memberId()).setParameter("active", HardshipFileStatus.ACTIVE)
                .executeUpdate();
        HardshipFile file = new HardshipFile();
        file.id = Ids.newId();
        file.memberId = application.memberId();
        file.streetId = application.streetId();
        file.applicationId = application.id();
        file.classification = classification;
        file.perCapitaMonthlyIncome = perCapitaMonthlyIncome;
        file.minimumLivingLine = minimumLivingLine;
        file.householdSize = household.size();
        file.householdCipher = cipher.encrypt(HardshipFile.HOUSEHOLD, household.toString());
        file.validFrom = today;
        file.validUntil = today.plusMonths(settings.fileValidityMonths()).minusDays(1);
        file.status = HardshipFileStatus.ACTIVE;
        file.createdAt = now;
        file.updatedAt = now;
        file.persist();
        Constraints.flush(entityManager, Map.of("hardship_files_one_active", () -> ApiProblem.conflict("HARDSHIP_FILE_EXISTS")));
        return file;
    }

    /** The household as approved, decrypted; empty once erased. */
    public Household household(HardshipFile file) {
        return Household.of(householdJson(file));
    }

    /** The household list as the file's form gave it, decrypted; an empty list once erased. */
    public JsonNode householdJson(HardshipFile file) {
        return file.householdCipher == null ? JsonNodeFactory.instance.arrayNode()
                : forms.tree(cipher.decrypt(HardshipFile.HOUSEHOLD, file.householdCipher));
    }

    /** The files as their member sees them; their streets read in one query for all of them. */
    public List<FileView> views(List<HardshipFile> files) {
        Map<UUID, String> streetCodes = streets.byIds(files.stream().map(file -> file.streetId).distinct().toList())
                .stream().collect(Collectors.toMap(StreetRef::id, StreetRef::code));
        return files.stream().map(file -> FileView.of(file, streetCodes.get(file.streetId))).toList();
    }

    public FileView view(HardshipFile file) {
        return views(List.of(file)).get(0);
    }
}
