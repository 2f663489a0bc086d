package cn.gonghui.mutualaid;

import cn.gonghui.privacy.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Mutual aid's part of the member's copy: every enrollment with its claims, computations and amounts,
 * decrypted (the claims' forms, hospital and dates, are in the applications' part).
 */
@ApplicationScoped
public class MutualAidExport implements PersonalDataExport {

    private final ClaimQueries claims;

    public MutualAidExport(ClaimQueries claims) {
        this.claims = claims;
    }

    @Override
    public String section() {
        return "mutualAid";
    }

    @Override
    public Object of(UUID memberId) {
        return claims.mine(memberId);
    }
}
