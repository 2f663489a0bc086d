package cn.gonghui.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file a member uploaded as evidence, or an officer for a published document; its content lives encrypted in the attachment store. */
@Entity
@Table(name = "attachments")
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_member_id")
    public UUID ownerMemberId;

    /** An officer's upload instead (a document a union publishes); exactly one of the two owners is set. */
    @Column(name = "owner_officer_id")
    public UUID ownerOfficerId;

    /** A name written before names were encrypted; the key-rotation job moves it into {@link #filenameCipher}. */
    public String filename;

    @Column(name = "filename_cipher")
    public String filenameCipher;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "wrapped_key")
    public String wrappedKey;

    @Column(name = "created_at")
    public Instant createdAt;
}
