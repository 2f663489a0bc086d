package cn.gonghui.identity;

import cn.gonghui.identity.wechat.WeChatClient;
import cn.gonghui.identity.wechat.WeChatIdentity;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.privacy.audit.AuditEvent;
import cn.gonghui.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A worker signs in with the code of {@code wx.login}. WeChat is asked first, outside any
 * transaction, so no database connection waits on WeChat.
 */
@ApplicationScoped
public class WeChatLogin {

    private final WeChatClient weChat;
    private final MemberAccounts accounts;
    private final AuditLog audit;

    public WeChatLogin(WeChatClient weChat, MemberAccounts accounts, AuditLog audit) {
        this.weChat = weChat;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Signs in; a failed attempt is audited in a transaction of its own, since the request fails. */
    public MemberAccounts.SignedIn signIn(String loginCode) {
        WeChatIdentity identity;
        try {
            identity = weChat.identify(loginCode);
        } catch (ApiProblem problem) {
            audit.recordAlone(AuditEvent.of("login.wechat", "member", null).outcome(AuditEvent.Outcome.FAILURE)
                    .details(java.util.Map.of("code", problem.code())));
            throw problem;
        }
        return accounts.signIn(identity);
    }

    public String phoneOf(String phoneCode) {
        return weChat.phoneNumber(phoneCode);
    }
}
