package cn.gonghui.identity;

import cn.gonghui.privacy.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * Members' names for other capabilities' lists, masked ({@code 王*}) and as plain values: a roster
 * shows who signed up without reaching into {@link Member}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberNames {

    private final EntityManager entityManager;

    public MemberNames(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The masked real names of these members, in one query; a member without a real name is not among them. */
    public Map<UUID, String> masked(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery("select m.id, m.realName from Member m "
                        + "where m.id in :ids and m.realName is not null", Object[].class)
                .setParameter("ids", memberIds).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> Masking.name((String) row[1])));
    }
}
