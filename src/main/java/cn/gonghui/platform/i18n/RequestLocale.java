package cn.gonghui.platform.i18n;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language the current caller reads: Chinese, or English when Accept-Language asks for it. */
@RequestScoped
public class RequestLocale {

    private final Locale locale;

    public RequestLocale(HttpServerRequest request, Messages messages) {
        this.locale = messages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public Locale get() {
        return locale;
    }

    public boolean isEnglish() {
        return Messages.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
