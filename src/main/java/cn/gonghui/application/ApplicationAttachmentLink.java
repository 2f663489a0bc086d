package cn.gonghui.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** That an application names an attachment (read side; links are written with the application). */
@Entity
@Table(name = "application_attachments")
@IdClass(ApplicationAttachmentLink.Key.class)
public class ApplicationAttachmentLink {

    /** The composite key. */
    public static class Key implements Serializable {

        public UUID applicationId;
        public UUID attachmentId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(applicationId, key.applicationId)
                    && Objects.equals(attachmentId, key.attachmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, attachmentId);
        }
    }

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Id
    @Column(name = "attachment_id")
    public UUID attachmentId;
}
