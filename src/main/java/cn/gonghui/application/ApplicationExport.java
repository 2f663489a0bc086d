package cn.gonghui.application;

import cn.gonghui.privacy.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Every application of the member, with its decrypted form, history and appointments, in their data export. */
@ApplicationScoped
public class ApplicationExport implements PersonalDataExport {

    private final ApplicationQueries applications;

    public ApplicationExport(ApplicationQueries applications) {
        this.applications = applications;
    }

    @Override
    public String section() {
        return "applications";
    }

    @Override
    public Object of(UUID memberId) {
        return applications.everythingOf(memberId);
    }
}
