package cn.gonghui.activity;

import cn.gonghui.privacy.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Every activity registration of the member, with its activity, in their data export. */
@ApplicationScoped
public class ActivityExport implements PersonalDataExport {

    private final RegistrationQueries registrations;

    public ActivityExport(RegistrationQueries registrations) {
        this.registrations = registrations;
    }

    @Override
    public String section() {
        return "activities";
    }

    @Override
    public Object of(UUID memberId) {
        return registrations.allOf(memberId);
    }
}
