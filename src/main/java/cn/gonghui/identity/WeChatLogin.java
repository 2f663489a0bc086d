package cn.gonghui.identity;

import cn.gonghui.identity.wechat.WeChatClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A worker signs in with the code of {@code wx.login}. WeChat is asked first, outside any
 * transaction, so no database connection waits on WeChat.
 */
@ApplicationScoped
public class WeChatLogin {

    private final WeChatClient weChat;
    private final MemberAccounts accounts;

    public WeChatLogin(WeChatClient weChat, MemberAccounts accounts) {
        this.weChat = weChat;
        this.accounts = accounts;
    }

    public MemberAccounts.SignedIn signIn(String loginCode) {
        return accounts.signIn(weChat.identify(loginCode));
    }

    public String phoneOf(String phoneCode) {
        return weChat.phoneNumber(phoneCode);
    }
}
