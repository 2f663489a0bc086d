package cn.gonghui.identity;

import cn.gonghui.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A union officer: a street officer works the streets they are assigned, a district officer all of a district. */
@Entity
@Table(name = "officers")
public class Officer extends PanacheEntityBase {

    @Id
    public UUID id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    public String[] roles;

    /**
     * The district a district officer works whole. Streets and districts are place's: ids here,
     * read through {@link cn.gonghui.place.StreetQueries}, never place's entities.
     */
    @Column(name = "district_id")
    public UUID districtId;

    /** The streets a street officer works (written by {@link OfficerRecords}, read here). */
    @ElementCollection
    @CollectionTable(name = "officer_streets", joinColumns = @JoinColumn(name = "officer_id"))
    @Column(name = "street_id")
    public Set<UUID> streetIds = new HashSet<>();

    /** What an officer is besides their roles: {@code lawyer} for a union lawyer (工会专职律师). */
    public String[] attributes = new String[0];

    public boolean enabled;

    /** Set with an initial password: the officer must choose their own before signing in. */
    @Column(name = "password_change_required")
    public boolean passwordChangeRequired;

    /** Moves on with every change of the officer's rights; tokens of an older version are refused. */
    @Column(name = "token_version")
    public long tokenVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Officer> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean hasAttribute(String attribute) {
        return attributes != null && java.util.Arrays.asList(attributes).contains(attribute);
    }

    public boolean hasRole(Role role) {
        for (String name : roles) {
            if (name.equals(role.claim())) {
                return true;
            }
        }
        return false;
    }
}
