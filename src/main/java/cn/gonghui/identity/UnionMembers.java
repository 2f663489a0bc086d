package cn.gonghui.identity;

/**
 * Which members the unions of some streets reach. Officers see a member because she belongs to, or
 * is joining, a union of their streets, never because of the street she typed into her profile.
 * Identity sits below the capability that knows memberships and the membership lines (membership
 * imports identity), so that capability supplies the rule as SQL, and identity only puts it into
 * its queries: the dependency keeps pointing one way and the rule stays in one place.
 */
public interface UnionMembers {

    /**
     * A native SQL query of one column, the member ids the unions of the streets bound to
     * {@code :<streetsParameter>} (a collection of street ids) reach; a member may come out twice.
     */
    String memberIdsOfStreets(String streetsParameter);

    /**
     * The same, narrowed to the members whose membership in those streets has the status bound to
     * {@code :<statusParameter>} (applicants without a membership drop out).
     */
    String memberIdsOfStreets(String streetsParameter, String statusParameter);

    /** The members with a membership of the status bound to {@code :<statusParameter>}, in any street. */
    String memberIdsWithStatus(String statusParameter);
}
