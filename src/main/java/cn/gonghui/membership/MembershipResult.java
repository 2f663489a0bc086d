package cn.gonghui.membership;

import cn.gonghui.application.ApplicationResult;

/** What a join's or a transfer's approval keeps in the application's result: the number and the union. */
public record MembershipResult(String memberNumber, String union) implements ApplicationResult {
}
