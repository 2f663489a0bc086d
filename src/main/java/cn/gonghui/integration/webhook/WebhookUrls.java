package cn.gonghui.integration.webhook;

import cn.gonghui.platform.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard: a webhook may only call out to the public internet. A URL must be https, carry no
 * user info, and its host must resolve to public addresses only: never loopback, private, link-local
 * (the cloud metadata service at 169.254.169.254 included), carrier-grade NAT (Alibaba Cloud's
 * metadata at 100.100.100.200), unique-local IPv6, multicast or reserved ranges. It is checked when
 * a subscription is made or changed and again before every delivery, so a host whose name later
 * points inside is refused then. Redirects are never followed. A development setting allows plain
 * http to the loopback address, for a receiver on the developer's machine.
 */
@ApplicationScoped
public class WebhookUrls {

    /** Names a host's addresses; the real one asks DNS. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopbackHttp;
    private final Resolver resolver;

    @Inject
    public WebhookUrls(WebhookSettings settings) {
        this(settings.allowLoopbackHttp(), InetAddress::getAllByName);
    }

    WebhookUrls(boolean allowLoopbackHttp, Resolver resolver) {
        this.allowLoopbackHttp = allowLoopbackHttp;
        this.resolver = resolver;
    }

    /** The URL if it may be called, or a 422 naming the rule it breaks in {@code errors[0].code}. */
    public URI require(String url) {
        URI uri = parse(url);
        refusal(uri).ifPresent(rule -> {
            throw ApiProblem.invalidField(422, "WEBHOOK_URL_NOT_ALLOWED", "url", rule);
        });
        return uri;
    }

    /** Why the URL may not be called now (one of the rule codes), or empty when it may. */
    public Optional<String> refusalOf(String url) {
        try {
            return refusal(parse(url));
        } catch (ApiProblem malformed) {
            return Optional.of("URL_MALFORMED");
        }
    }

    private Optional<String> refusal(URI uri) {
        boolean https = "https".equals(uri.getScheme().toLowerCase(Locale.ROOT));
        if (!https && !allowLoopbackHttp) {
            return Optional.of("HTTPS_REQUIRED");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of(https ? "HOST_UNKNOWN" : "HTTPS_REQUIRED");
        }
        boolean loopback = addresses.length > 0;
        for (InetAddress address : addresses) {
            loopback &= address.isLoopbackAddress();
        }
        if (loopback && allowLoopbackHttp) {
            return Optional.empty();
        }
        if (!https) {
            return Optional.of("HTTPS_REQUIRED");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("ADDRESS_NOT_PUBLIC");
            }
        }
        return Optional.empty();
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !scheme.toLowerCase(Locale.ROOT).matches("https?") || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                throw malformed();
            }
            return uri;
        } catch (URISyntaxException e) {
            throw malformed();
        }
    }

    private static ApiProblem malformed() {
        return ApiProblem.invalidField(422, "WEBHOOK_URL_NOT_ALLOWED", "url", "URL_MALFORMED");
    }

    /** Whether an address is on the public internet: every special-purpose range is refused. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if (isIpv4Mapped(bytes)) {
                byte[] v4 = new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
                try {
                    return isPublic(Inet4Address.getByAddress(v4));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
            // fc00::/7 unique local (fd00:ec2::254 is a metadata address), 2001:db8::/32 documentation
            return (bytes[0] & 0xfe) != 0xfc && !((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x01
                    && (bytes[2] & 0xff) == 0x0d && (bytes[3] & 0xff) == 0xb8);
        }
        int a = bytes[0] & 0xff;
        int b = bytes[1] & 0xff;
        int c = bytes[2] & 0xff;
        return a != 0                                   // "this network"
                && !(a == 100 && b >= 64 && b <= 127)   // carrier-grade NAT, Alibaba Cloud metadata
                && !(a == 192 && b == 0 && c == 0)      // IETF protocol assignments
                && !(a == 192 && b == 0 && c == 2)      // documentation
                && !(a == 198 && (b == 18 || b == 19))  // benchmarking
                && !(a == 198 && b == 51 && c == 100)   // documentation
                && !(a == 203 && b == 0 && c == 113)    // documentation
                && a < 240;                             // reserved and broadcast
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
