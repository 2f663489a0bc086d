package cn.gonghui.identity;

import cn.gonghui.platform.database.ListParameters;
import cn.gonghui.privacy.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Members for other capabilities, read only and as plain values: the application engine, the lines
 * and their lists learn a member's name and street through these, never through {@link Member}. A
 * list asks for all its members at once ({@link #findAll}), never one per row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Members {

    /** A member as others see them: the real name in plain text (mask it in a view), {@code null} until given. */
    public record MemberRef(UUID id, String realName, UUID streetId) {
    }

    private final EntityManager entityManager;

    public Members(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<MemberRef> find(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    /** The members of these ids that exist, by id; an id without a member is simply not among them. */
    public Map<UUID, MemberRef> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // the ids as single parameters, so that Hibernate translates the query once and keeps it
        return ListParameters.spread("select new " + MemberRef.class.getName()
                        + "(m.id, m.realName, m.streetId) from Member m where m.id in :ids", Map.of("ids", ids))
                .query(entityManager, MemberRef.class).getResultList().stream()
                .collect(Collectors.toMap(MemberRef::id, Function.identity()));
    }

    /**
     * An HQL condition for another capability's query: the member whose id is at {@code memberIdPath}
     * has a real name starting with the parameter {@code parameter} (a {@code like} pattern; names
     * are stored as {@link PersonName} spells them). Identity writes what it knows of its table.
     */
    public static String nameStartsWith(String memberIdPath, String parameter) {
        return memberIdPath + " in (select m.id from Member m where m.realName like :" + parameter + ")";
    }

    /** The masked real names ({@code 王*}) of these members, for a roster; a member without a real name is not among them. */
    public Map<UUID, String> maskedNames(Collection<UUID> ids) {
        return findAll(ids).values().stream().filter(member -> member.realName() != null)
                .collect(Collectors.toMap(MemberRef::id, member -> Masking.name(member.realName())));
    }
}
