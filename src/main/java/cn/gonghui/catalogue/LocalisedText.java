package cn.gonghui.catalogue;

import java.util.Locale;

/** A text of the catalogue in both languages the service speaks. */
public record LocalisedText(String zh, String en) {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : zh;
    }
}
