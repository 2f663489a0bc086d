package cn.gonghui.application;

import java.util.UUID;

/**
 * Who acts on an application, as the lifecycle sees them: the applicant, a street officer, or a
 * district officer (who alone decides district reviews).
 */
public record Actor(Kind kind, UUID id) {

    public enum Kind {
        APPLICANT("member"), STREET_OFFICER("officer"), DISTRICT_OFFICER("district_officer");

        private final String role;

        Kind(String role) {
            this.role = role;
        }

        /** The role recorded in the history. */
        public String role() {
            return role;
        }
    }

    public boolean isOfficer() {
        return kind != Kind.APPLICANT;
    }
}
