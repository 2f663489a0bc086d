package cn.gonghui.platform.openapi;

import cn.gonghui.platform.error.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
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
                        keyset-paged with an opaque `cursor`; creating requests honour `Idempotency-Key`.""",
                contact = @Contact(name = "Gonghui API team", email = "api@gonghui.example"),
                license = @License(name = "Proprietary", identifier = "LicenseRef-Proprietary")),
        servers = {
                @Server(url = "https://api.gonghui.example", description = "生产环境 / Production",
                        extensions = @Extension(name = "x-internal", value = "false", parseValue = true)),
                @Server(url = "https://staging-api.gonghui.example", description = "测试环境 / Staging",
                        extensions = @Extension(name = "x-internal", value = "true", parseValue = true))
        },
        tags = {
                @Tag(name = "places", description = "街道与服务站：线下办理的地点 / Streets and service stations, where the offline step happens")
        },
        components = @Components(
                schemas = @Schema(name = "Problem", implementation = Problem.class),
                securitySchemes = @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "登录后获得的 JWT 访问令牌（RS256 签名，15 分钟有效，按 RFC8725 JWT 最佳实践校验签发者、受众、有效期和 kid）。"
                                + " / JWT access token from a login: RS256, valid 15 minutes, verified per RFC8725 (issuer,"
                                + " audience, expiry, kid).")))
public class GonghuiApi extends Application {
}
