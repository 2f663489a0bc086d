package cn.gonghui.identity.wechat;

/** Who a {@code wx.login} code belongs to. The session key stays with WeChat's answer: it is never kept or passed on. */
public record WeChatIdentity(String openid, String unionid) {
}
