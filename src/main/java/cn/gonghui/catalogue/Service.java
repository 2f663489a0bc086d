package cn.gonghui.catalogue;

import java.util.List;
import java.util.Locale;

/**
 * A service of the catalogue as every other capability reads it: a snapshot, never the entity, so
 * only the catalogue decides how services are stored and changed.
 *
 * @param line the rule set of the line this service runs on (see application.LineRules)
 * @param purpose the purpose a member consents to for this service
 * @param documents what to bring to the offline step
 * @param enabled whether members may apply for it at all (a district may still have switched it off)
 */
public record Service(String code, String line, String purpose, String nameZh, String nameEn, String descriptionZh,
        String descriptionEn, int currentFormVersion, List<LocalisedText> documents, int handlingDays,
        boolean usesAppointment, boolean usesDistrictReview, String offlinePlace, boolean singleOpenPerMember,
        int displayOrder, boolean enabled) {

    public Service {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    static Service of(ServiceDefinition definition) {
        return new Service(definition.code, definition.line, definition.purpose, definition.nameZh, definition.nameEn,
                definition.descriptionZh, definition.descriptionEn, definition.currentFormVersion, definition.documents,
                definition.handlingDays, definition.usesAppointment, definition.usesDistrictReview,
                definition.offlinePlace, definition.singleOpenPerMember, definition.displayOrder, definition.enabled);
    }

    public String name(Locale locale) {
        return new LocalisedText(nameZh, nameEn).in(locale);
    }

    public String description(Locale locale) {
        return new LocalisedText(descriptionZh, descriptionEn).in(locale);
    }
}
