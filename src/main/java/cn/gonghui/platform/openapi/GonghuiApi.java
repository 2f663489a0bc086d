package cn.gonghui.platform.openapi;

import cn.gonghui.platform.error.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The head of the published contract: what the API is, where it runs, its tags and schemes. */
@OpenAPIDefinition(
        info = @Info(
                title = "工会会员服务 API / Gonghui member-services API",
                version = "1.0.0",
                description = """
                        “互联网+工会”的会员服务接口：职工在微信小程序上申请入会、法律援助、困难帮扶和会员卡服务，\
                        预约到街道工会服务站线下办理，查看进度并评价；街道和区总工会干部在移动管理端处理本辖区的申请；\
                        发卡银行、普惠商户等第三方通过开放接口对接。

                        The member-services API of Beijing's district trade unions: workers apply online in a WeChat \
                        mini-program and are served offline at a street union's service station; union officers work \
                        the requests of their own streets; the card-issuing bank and benefit merchants integrate \
                        through the same contract. Errors are RFC 9457 problem+json with a stable `code`; lists are \
                        keyset-paged with an opaque `cursor`; creating requests honour `Idempotency-Key`.

                        时间：响应中的每个时刻（包括可预约时段和预约的起止）一律为 UTC 的 ISO 8601 时间，以 Z 结尾，客户端按北京时间\
                        （Asia/Shanghai，+08:00）显示；日期（YYYY-MM-DD）和营业时间是北京时间；请求中的时间可带任何偏移。\
                        Times: every instant in a response, the slots and appointments included, is ISO 8601 in UTC \
                        ending in `Z`; clients show it in Beijing time (+08:00). Dates (`YYYY-MM-DD`) and opening hours \
                        are Beijing's. Times in requests may carry any offset.""",
                contact = @Contact(name = "Gonghui API team", email = "api@gonghui.example"),
                license = @License(name = "Proprietary", identifier = "LicenseRef-Proprietary")),
        // The server serving this document comes first, so that Swagger UI's "Try it out" in dev mode
        // calls the local service and never production by default.
        servers = {
                @Server(url = "/", description = "本地（local）：提供本文档的服务，开发模式下即本机 / Local: the server "
                        + "serving this document, this machine in dev mode",
                        extensions = @Extension(name = "x-internal", value = "false", parseValue = true)),
                @Server(url = "https://api.gonghui.example", description = "生产环境 / Production",
                        extensions = @Extension(name = "x-internal", value = "false", parseValue = true)),
                @Server(url = "https://staging-api.gonghui.example", description = "测试环境 / Staging",
                        extensions = @Extension(name = "x-internal", value = "true", parseValue = true))
        },
        tags = {
                @Tag(name = "identity", description = "登录、令牌与验证公钥 / Sign-in, tokens and verification keys"),
                @Tag(name = "members", description = "会员本人 / The member's own record"),
                @Tag(name = "places", description = "街道与服务站：线下办理的地点 / Streets and service stations, where the offline step happens"),
                @Tag(name = "catalogue", description = "服务目录与表单 / The service catalogue and its forms"),
                @Tag(name = "applications", description = "在线申请、线下办理 / Apply online, handle offline"),
                @Tag(name = "disclosure", description = "会务公开：办事评价、公开文件与民主评议 / Union affairs in the open: "
                        + "service ratings, published documents and democratic reviews"),
                @Tag(name = "admin", description = "工会干部的管理端 / The officers' admin client"),
                @Tag(name = "integrations", description = "第三方集成 / Third-party integrations")
        },
        components = @Components(
                schemas = @Schema(name = "Problem", implementation = Problem.class),
                headers = {
                        @Header(name = "NoStore", description = "令牌不得缓存 / Tokens must not be cached",
                                schema = @Schema(type = SchemaType.STRING, enumeration = "no-store")),
                        @Header(name = "RetryAfter", description = "多少秒后再试 / Seconds to wait before retrying",
                                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "86400", format = "int32")),
                        @Header(name = "ETag", description = "当前版本，修改时放在 If-Match 中 / Current version, for If-Match",
                                schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^\"[0-9]+\"$"))
                },
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = "member", type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "JWT",
                                description = "职工在小程序微信登录后得到的访问令牌（JWT，RS256，15 分钟；按 RFC8725 校验签发者、"
                                        + "受众、有效期和 kid）。/ A worker's access token from the WeChat sign-in: a JWT, RS256, "
                                        + "15 minutes, verified per RFC8725 (issuer, audience, expiry, kid)."),
                        @SecurityScheme(securitySchemeName = "officer", type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "JWT",
                                description = "工会干部用户名密码登录后得到的访问令牌，带角色和辖区（JWT，RS256，15 分钟；按 RFC8725 "
                                        + "校验）。/ An officer's access token from the password sign-in, carrying roles and "
                                        + "streets: a JWT, RS256, 15 minutes, verified per RFC8725."),
                        // A bearer scheme, not an oauth2 one: the client-credentials grant has no refresh token
                        // (RFC 6749 section 4.4.3), which an oauth2 flow without refreshUrl would leave readers to
                        // take for long-lived tokens; these expire after 15 minutes and the client asks again.
                        @SecurityScheme(securitySchemeName = "integrator", type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "JWT",
                                description = "第三方集成方的访问令牌：以 OAuth 2.0 客户端凭据（client_credentials）向 "
                                        + "POST /api/v1/oauth/token 申请（JWT，RS256，15 分钟，按 RFC8725 校验）。客户端凭据模式没有刷新令牌"
                                        + "（RFC 6749 §4.4.3），令牌过期后用客户端凭据重新申请。各接口所需权限（scope）列在其 security 中："
                                        + "cards:issue（发卡银行：卡片订单）、cards:verify（普惠商户：验卡与权益核销）、applications:read"
                                        + "（区内其他系统：读取申请）、webhooks:manage（管理事件订阅）、mutual-aid:settlements（报送医保出院结算）。"
                                        + "/ Integrators' access tokens, from the OAuth 2.0 client-credentials grant at "
                                        + "POST /api/v1/oauth/token: JWTs, RS256, valid 15 minutes, verified per RFC8725. The grant has "
                                        + "no refresh token (RFC 6749 section 4.4.3): once a token expires the client asks for a new one "
                                        + "with its credentials. Each operation lists the scope it needs in its security: cards:issue "
                                        + "(the card bank: card orders), cards:verify (merchants: verify cards, record benefit uses), "
                                        + "applications:read (district systems: read applications), webhooks:manage (webhook "
                                        + "subscriptions), mutual-aid:settlements (medical-insurance discharge settlements).")
                }))
public class GonghuiApi extends Application {
}
