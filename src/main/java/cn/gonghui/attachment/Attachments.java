package cn.gonghui.attachment;

import cn.gonghui.platform.database.ListParameters;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import cn.gonghui.security.DataScope;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.id.Ids;
import cn.gonghui.privacy.FieldCipher;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Members upload evidence before they apply; an application then names the attachments. A file is
 * readable by its owner and by officers whose scope covers an application that names it.
 */
@ApplicationScoped
public class Attachments {

    /** The content of an attachment, decrypted, with its metadata. */
    public record Content(Attachment attachment, String filename, byte[] bytes) {
    }

    /** An officer's file as another capability serves it: the name, the sniffed type and the bytes. */
    public record OfficerFile(String filename, String contentType, byte[] bytes) {
    }

    public static final String FILENAME = "attachment.filename";

    private final EntityManager entityManager;
    private final AttachmentStore store;
    private final FileEncryption encryption;
    private final Clock clock;
    private final FieldCipher cipher;
    private final long maxBytes;

    public Attachments(EntityManager entityManager, AttachmentStore store, FileEncryption encryption, Clock clock,
            FieldCipher cipher, @ConfigProperty(name = "gonghui.attachments.max-size") MemorySize maxSize) {
        this.cipher = cipher;
        this.entityManager = entityManager;
        this.store = store;
        this.encryption = encryption;
        this.clock = clock;
        this.maxBytes = maxSize.asLongValue();
    }

    @Transactional
    public AttachmentView upload(UUID ownerMemberId, String filename, Path uploaded) {
        return store(ownerMemberId, null, filename, uploaded);
    }

    /** An officer's upload as the multipart part {@code file} brought it; no part at all is a 422 {@code ATTACHMENT_EMPTY}. */
    @Transactional
    public AttachmentView uploadByOfficer(UUID officerId, FileUpload file) {
        if (file == null) {
            throw ApiProblem.unprocessable("ATTACHMENT_EMPTY");
        }
        return uploadByOfficer(officerId, file.fileName(), file.uploadedFile());
    }

    /**
     * An officer's upload: a file of a document their union publishes (会务公开). It is never one of a
     * member's files, is not removed as an unused upload, and becomes public only through
     * {@link #readOfficerUpload}, which its capability calls once the document is published.
     */
    @Transactional
    public AttachmentView uploadByOfficer(UUID officerId, String filename, Path uploaded) {
        return store(null, officerId, filename, uploaded);
    }

    /** Checks that every id names a file this officer uploaded; the others are reported as unknown (422). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AttachmentView> requireUploadedByOfficer(UUID officerId, List<UUID> ids, String invalidCode) {
        Map<UUID, Attachment> owned = new HashMap<>();
        if (!ids.isEmpty()) {
            Attachment.<Attachment>list("id in ?1 and ownerOfficerId = ?2", ids, officerId)
                    .forEach(attachment -> owned.put(attachment.id, attachment));
        }
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!owned.containsKey(ids.get(i))) {
                unknown.add(FieldError.of("attachmentIds[" + i + "]", "UNKNOWN_ATTACHMENT"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalidFields(422, invalidCode, unknown);
        }
        return ids.stream().distinct().map(owned::get).map(this::view).toList();
    }

    /** Whether the id names a JPEG or PNG this officer uploaded: what an activity's cover may be. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isImageUploadedBy(UUID officerId, UUID id) {
        return Attachment.count("id = ?1 and ownerOfficerId = ?2 and contentType in ?3", id, officerId,
                List.of("image/jpeg", "image/png")) == 1;
    }

    /**
     * The content of a file an officer uploaded, for whoever the capability that published it lets
     * read it (anyone, once its document is public). A member's file is never read this way.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficerFile readOfficerUpload(UUID id) {
        Attachment attachment = Attachment.findById(id);
        if (attachment == null || attachment.ownerOfficerId == null) {
            throw ApiProblem.notFound("ATTACHMENT_NOT_FOUND", id);
        }
        try {
            return new OfficerFile(filename(attachment), attachment.contentType,
                    encryption.open(store.get(attachment.storageKey), attachment.wrappedKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read attachment " + id, e);
        }
    }

    private AttachmentView store(UUID ownerMemberId, UUID ownerOfficerId, String filename, Path uploaded) {
        byte[] content = read(uploaded);
        if (content.length == 0) {
            throw ApiProblem.unprocessable("ATTACHMENT_EMPTY");
        }
        if (content.length > maxBytes) {
            throw new ApiProblem(413, "ATTACHMENT_TOO_LARGE", maxBytes).with("maxBytes", maxBytes);
        }
        ContentType type = ContentType.sniff(content).orElseThrow(() -> new ApiProblem(415, "ATTACHMENT_TYPE_NOT_ALLOWED"));
        Attachment attachment = new Attachment();
        attachment.id = Ids.newId();
        attachment.ownerMemberId = ownerMemberId;
        attachment.ownerOfficerId = ownerOfficerId;
        attachment.filenameCipher = cipher.encrypt(FILENAME, safeName(filename));
        attachment.contentType = type.mediaType();
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.storageKey = attachment.id.toString();
        attachment.createdAt = clock.instant();
        FileEncryption.Sealed sealed = encryption.seal(content);
        attachment.wrappedKey = sealed.wrappedKey();
        try {
            store.put(attachment.storageKey, sealed.content());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment", e);
        }
        attachment.persist();
        return view(attachment);
    }

    /** The view of an attachment, its name decrypted. */
    public AttachmentView view(Attachment attachment) {
        return new AttachmentView(attachment.id, filename(attachment), attachment.contentType, attachment.sizeBytes,
                attachment.sha256);
    }

    public String filename(Attachment attachment) {
        return attachment.filenameCipher != null ? cipher.decrypt(FILENAME, attachment.filenameCipher) : attachment.filename;
    }

    /**
     * Checks that every id names an attachment of this member; the others are reported as
     * unknown, whether they exist or not, so nobody learns of another member's files.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attachment> requireOwned(UUID memberId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Attachment> owned = new HashMap<>();
        Attachment.<Attachment>list("id in ?1 and ownerMemberId = ?2", ids, memberId)
                .forEach(attachment -> owned.put(attachment.id, attachment));
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!owned.containsKey(ids.get(i))) {
                unknown.add(FieldError.of("attachmentIds[" + i + "]", "UNKNOWN_ATTACHMENT"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalidFields(422, "FORM_INVALID", unknown);
        }
        return ids.stream().distinct().map(owned::get).toList();
    }

    /** The file, for its owner or an officer whose data scope covers an application naming it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Content read(UUID id, UUID memberId, DataScope officerScope) {
        Attachment attachment = Attachment.findById(id);
        boolean allowed = attachment != null && (memberId != null && memberId.equals(attachment.ownerMemberId)
                || officerScope != null && namedInScope(id, officerScope));
        if (!allowed) {
            throw ApiProblem.notFound("ATTACHMENT_NOT_FOUND", id);
        }
        try {
            return new Content(attachment, filename(attachment),
                    encryption.open(store.get(attachment.storageKey), attachment.wrappedKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read attachment " + id, e);
        }
    }

    /** The views of these attachments, in the order of their ids (e.g. the documents an application names). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentView> viewsOf(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : ListParameters.spread("from Attachment a where a.id in :ids order by a.id", Map.of("ids", ids))
                        .query(entityManager, Attachment.class).getResultList().stream().map(this::view).toList();
    }

    /** The metadata of every file the member uploaded, for their data export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentView> ownedBy(UUID memberId) {
        return Attachment.<Attachment>list("ownerMemberId = ?1 order by id", memberId).stream()
                .map(this::view).toList();
    }

    private boolean namedInScope(UUID attachmentId, DataScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        String condition = scope.condition("a.street_id", "a.member_id", parameters);
        var query = entityManager.createNativeQuery("SELECT count(*) FROM application_attachments aa "
                + "JOIN applications a ON a.id = aa.application_id WHERE aa.attachment_id = :id AND " + condition);
        query.setParameter("id", attachmentId);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue() > 0;
    }

    private static byte[] read(Path uploaded) {
        try {
            return Files.readAllBytes(uploaded);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }

    /** Keeps the name for display only: no path, no control characters, bounded length. */
    private static String safeName(String filename) {
        String name = filename == null ? "" : filename.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
