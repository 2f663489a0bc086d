package cn.gonghui.identity;

import cn.gonghui.privacy.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The member's own record, as {@code GET /me} shows it, in their data export. */
@ApplicationScoped
public class ProfileExport implements PersonalDataExport {

    private final MemberAccounts accounts;

    public ProfileExport(MemberAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Object of(UUID memberId) {
        return accounts.me(memberId).view();
    }
}
