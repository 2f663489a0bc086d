package cn.gonghui.application;

import java.util.UUID;

/**
 * Who acts on an application, as the lifecycle sees them: the applicant, a street officer, a
 * district officer (who alone decides district reviews), or the service itself when a line moves
 * an application on a partner's report (the bank's card issued completes the card application).
 */
public record Actor(Kind kind, UUID id) {

    public enum Kind {
        APPLICANT("member"), STREET_OFFICER("officer"), DISTRICT_OFFICER("district_officer"), SYSTEM("system");

        private final String role;

        Kind(String role) {
            this.role = role;
        }

        /** The role recorded in the history. */
        public String role() {
            return role;
        }
    }

    /** The service acting on its own, for the union, with no person behind the change. */
    public static Actor system() {
        return new Actor(Kind.SYSTEM, null);
    }

    /** Whether the actor takes the union's side of the lifecycle (officers and the service itself). */
    public boolean isOfficer() {
        return kind != Kind.APPLICANT;
    }
}
