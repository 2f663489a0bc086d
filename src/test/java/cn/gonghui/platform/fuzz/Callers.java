package cn.gonghui.platform.fuzz;

import cn.gonghui.testing.TestAccounts;
import java.util.List;

/**
 * Who calls: nobody, a worker, a street officer, an administrator, an auditor and an integrator with every
 * scope, each made for this test alone. Every operation hears from all of them, and most often from those
 * its security requirement names, whose requests get past the role check into the code behind it.
 */
final class Callers {

    /** A caller and the Authorization header it sends (none for the anonymous one). */
    record Caller(String name, String authorization) {
    }

    static final String WORKER = "worker";
    private static final String DELETION_REQUEST = "POST /api/v1/me/deletion-request";

    private final List<Caller> all;
    private final Caller throwawayWorker;

    private Callers(List<Caller> all, Caller throwawayWorker) {
        this.all = all;
        this.throwawayWorker = throwawayWorker;
    }

    static Callers create(TestAccounts accounts, TestAccounts.SignedIn worker) {
        List<Caller> all = List.of(
                new Caller("anonymous", null),
                new Caller(WORKER, bearer(worker.accessToken())),
                new Caller("street officer", bearer(TestAccounts.officerToken(accounts.streetOfficer("desheng")))),
                new Caller("admin", bearer(TestAccounts.officerToken(accounts.officer("admin", null)))),
                new Caller("auditor", bearer(TestAccounts.officerToken(accounts.officer("auditor", null)))),
                new Caller("integrator", bearer(TestAccounts.integratorToken(accounts.integrator(
                        "cards:issue", "cards:verify", "applications:read", "webhooks:manage", "mutual-aid:settlements")))));
        // a deletion request would leave the worker pending erasure: another member asks for it
        Caller throwaway = new Caller(WORKER + " (throwaway)", bearer(TestAccounts.newMember().accessToken()));
        return new Callers(all, throwaway);
    }

    /** The caller of an operation's {@code n}th request: every other one a caller its security names. */
    Caller of(Operation operation, int n) {
        Caller caller = n % 2 == 0 ? relevant(operation).get(n / 2 % relevant(operation).size()) : all.get(n / 2 % all.size());
        return caller.name().equals(WORKER) && operation.key().equals(DELETION_REQUEST) ? throwawayWorker : caller;
    }

    private List<Caller> relevant(Operation operation) {
        if (operation.isPublic()) {
            return all;
        }
        return all.stream().filter(caller -> switch (caller.name()) {
            case WORKER -> operation.schemes().contains("member");
            case "street officer", "admin", "auditor" -> operation.schemes().contains("officer")
                    || operation.schemes().contains("admin");
            case "integrator" -> operation.schemes().contains("integrator");
            default -> false;
        }).toList();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
