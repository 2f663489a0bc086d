package cn.gonghui.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends one signed delivery: a POST of the event's body with Standard Webhooks' headers, answered
 * within the timeout. Redirects are not followed (a redirect could lead past the SSRF guard) and
 * count as a failure, as does any answer but 2xx.
 */
@ApplicationScoped
public class WebhookSender {

    /** How an attempt went: the status answered (0 when none) and, for a failure, why. */
    public record Outcome(int status, String error) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    private final WebhookSettings settings;
    private final HttpClient client;

    public WebhookSender(WebhookSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public Outcome send(URI url, String webhookId, long timestamp, String signature, String body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Gonghui-Webhooks/1")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(0, "timeout after " + settings.timeout().toSeconds() + " s");
        } catch (IOException e) {
            return new Outcome(0, "connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        }
    }
}
