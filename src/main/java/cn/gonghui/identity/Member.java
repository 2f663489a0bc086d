package cn.gonghui.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A worker known by their WeChat openid. The ID number and phone are held encrypted, each with a
 * blind index for lookups (see {@link MemberPersonalData}); the street is where they belong.
 * An erased member keeps an empty row, and can no longer sign in (see {@link MemberEraser}).
 */
@Entity
@Table(name = "members")
public class Member extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "wechat_openid")
    public String wechatOpenid;

    @Column(name = "wechat_unionid")
    public String wechatUnionid;

    public String nickname;

    /** The member's own street (place's: an id, read through {@link cn.gonghui.place.StreetQueries}). */
    @Column(name = "street_id")
    public UUID streetId;

    @Column(name = "real_name")
    public String realName;

    @Column(name = "id_number_cipher")
    public String idNumberCipher;

    @Column(name = "id_number_index")
    public String idNumberIndex;

    @Column(name = "phone_cipher")
    public String phoneCipher;

    @Column(name = "phone_index")
    public String phoneIndex;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the member was erased on request: the row stays, emptied, and can no longer sign in. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Version
    public long version;
}
