package cn.gonghui.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * A form that passed its definition: the ordinary values, the sensitive ones (stored encrypted),
 * and the attachments its attachment fields name.
 */
public record ValidatedForm(ObjectNode plain, ObjectNode sensitive, List<UUID> attachmentIds) {
}
