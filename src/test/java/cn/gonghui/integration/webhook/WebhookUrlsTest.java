package cn.gonghui.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SSRF guard as production runs it, and the development allowance, on plain values (no DNS: names are faked). */
class WebhookUrlsTest {

    private static final Map<String, String> NAMES = Map.of(
            "hooks.bank.example", "203.208.60.1",
            "inside.bank.example", "10.20.30.40",
            "rebound.example", "127.0.0.1",
            "localhost", "127.0.0.1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = NAMES.get(host);
        if (address == null && !host.matches("^[0-9.:\\[\\]a-f]+$")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address == null ? host : address)};
    }

    private final WebhookUrls production = new WebhookUrls(false, WebhookUrlsTest::resolve);
    private final WebhookUrls development = new WebhookUrls(true, WebhookUrlsTest::resolve);

    @Test
    void productionAllowsHttpsToPublicAddressesOnly() {
        assertThat(production.refusalOf("https://hooks.bank.example/gonghui")).isEmpty();
        assertThat(production.refusalOf("https://1.1.1.1:8443/hooks")).isEmpty();
        assertThat(production.refusalOf("https://[2400:3200::1]/hooks")).isEmpty();
        assertThat(production.refusalOf("http://hooks.bank.example/gonghui")).contains("HTTPS_REQUIRED");
        assertThat(production.refusalOf("http://127.0.0.1:8080/hooks")).contains("HTTPS_REQUIRED");
        assertThat(production.refusalOf("https://nowhere.example/")).contains("HOST_UNKNOWN");
    }

    @Test
    void productionRefusesEveryAddressInsideOrSpecial() {
        for (String url : new String[] {
                "https://127.0.0.1/", "https://localhost/", "https://rebound.example/", "https://inside.bank.example/",
                "https://10.0.0.1/", "https://172.16.5.4/", "https://172.31.255.255/", "https://192.168.1.1/",
                "https://169.254.169.254/latest/meta-data/", "https://100.100.100.200/latest/meta-data/",
                "https://100.64.0.1/", "https://0.0.0.0/", "https://224.0.0.1/", "https://240.0.0.1/",
                "https://255.255.255.255/", "https://198.18.0.1/", "https://[::1]/", "https://[::]/",
                "https://[fe80::1]/", "https://[fd00:ec2::254]/", "https://[fc00::1]/", "https://[::ffff:10.0.0.1]/",
                "https://[2001:db8::1]/"}) {
            assertThat(production.refusalOf(url)).as(url).contains("ADDRESS_NOT_PUBLIC");
        }
    }

    @Test
    void malformedUrlsAreRefusedWhateverTheProfile() {
        for (String url : new String[] {"not a url", "/relative/hooks", "ftp://hooks.bank.example/",
                "https://user:secret@hooks.bank.example/", "https://hooks.bank.example/#fragment", "mailto:a@b.example"}) {
            assertThat(production.refusalOf(url)).as(url).contains("URL_MALFORMED");
            assertThat(development.refusalOf(url)).as(url).contains("URL_MALFORMED");
        }
    }

    @Test
    void developmentAddsPlainHttpToTheLoopbackOnly() {
        assertThat(development.refusalOf("http://127.0.0.1:8080/hooks")).isEmpty();
        assertThat(development.refusalOf("http://localhost:8080/hooks")).isEmpty();
        assertThat(development.refusalOf("http://[::1]:8080/hooks")).isEmpty();
        assertThat(development.refusalOf("http://10.0.0.1/hooks")).contains("HTTPS_REQUIRED");
        assertThat(development.refusalOf("http://nowhere.example/hooks")).contains("HTTPS_REQUIRED");
        assertThat(development.refusalOf("https://192.168.1.1/hooks")).contains("ADDRESS_NOT_PUBLIC");
        assertThat(development.refusalOf("https://hooks.bank.example/")).isEqualTo(Optional.empty());
    }
}
