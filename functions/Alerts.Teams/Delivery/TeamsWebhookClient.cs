using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Teams;

/// <summary>
/// Posts one serialized message to one Workflows webhook and classifies the answer. It never retries by itself:
/// a POST retried after a lost response can post the card twice, so retries go through the queue
/// (visibility timeout) where the caller knows the alert's state. Logs name the webhook by <see cref="WebhookUrlHash"/> only.
/// </summary>
public sealed partial class TeamsWebhookClient(
    IHttpClientFactory httpClientFactory,
    WebhookRateLimiter limiter,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<TeamsWebhookClient> logger)
{
    /// <summary>The named <see cref="HttpClient"/> registered by <see cref="TeamsServiceCollectionExtensions.AddAlertsTeams"/>.</summary>
    public const string HttpClientName = "Alerts.Teams.Webhook";

    /// <summary>Used when a 429 carries no usable Retry-After header.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    private const int MaxBodyExcerpt = 300;

    public Task<DeliveryResult> PostAsync(Uri webhookUrl, string serializedMessage, CancellationToken ct) =>
        PostAsync(webhookUrl, serializedMessage, WebhookPostKind.Alert, ct);

    public async Task<DeliveryResult> PostAsync(Uri webhookUrl, string serializedMessage, WebhookPostKind kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(webhookUrl);
        ArgumentNullException.ThrowIfNull(serializedMessage);
        var hook = WebhookUrlHash.Of(webhookUrl);
        var settings = options.Value;

        if (!WebhookUrlValidator.IsValid(webhookUrl.OriginalString, settings.RequireHttps, out var urlError))
        {
            Log.RejectedUrl(logger, hook, urlError!);
            return new DeliveryResult(DeliveryOutcome.Rejected, null, null, urlError!);
        }

        var decision = limiter.TryAcquire(webhookUrl, kind);
        if (decision.Verdict != RateLimitVerdict.Acquired)
        {
            Log.LimitedLocally(logger, hook, decision.Verdict, decision.Wait);
            return decision.Verdict == RateLimitVerdict.Wait
                ? new DeliveryResult(DeliveryOutcome.RateLimitedLocally, null, decision.Wait, "local pace: wait before the next post to this webhook")
                : new DeliveryResult(DeliveryOutcome.BudgetExhausted, null, decision.Wait, "hourly budget of this webhook is spent; send a digest");
        }

        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, webhookUrl)
            {
                Content = new StringContent(serializedMessage, Encoding.UTF8, "application/json"),
            };
            using var response = await httpClientFactory.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var result = await ClassifyAsync(response, linked.Token);
            Log.Posted(logger, hook, (int)response.StatusCode, result.Outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            Log.TimedOut(logger, hook, settings.Timeout, ex);
            return new DeliveryResult(DeliveryOutcome.Transient, null, null, $"no answer within {settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException ex)
        {
            Log.ConnectionFailed(logger, hook, ex.HttpRequestError, ex);
            return new DeliveryResult(DeliveryOutcome.Transient, null, null, "connection failed: " + ex.HttpRequestError);
        }
    }

    private async Task<DeliveryResult> ClassifyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var label = $"HTTP {status.ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}".TrimEnd();
        if (response.IsSuccessStatusCode)
        {
            return new DeliveryResult(DeliveryOutcome.Delivered, status, null, label);
        }

        var excerpt = await BodyExcerptAsync(response, ct);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = RetryAfterHeader.Parse(response.Headers.RetryAfter, time.GetUtcNow());
            var wait = retryAfter ?? DefaultRetryAfter;
            var source = retryAfter is null ? "no usable Retry-After, default" : "Retry-After";
            return new DeliveryResult(DeliveryOutcome.RetryAfter, status, wait, $"{label}: retry after {wait.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s ({source}){excerpt}");
        }

        return status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout
            ? new DeliveryResult(DeliveryOutcome.Transient, status, null, label + excerpt)
            : new DeliveryResult(DeliveryOutcome.Rejected, status, null, label + excerpt);
    }

    private static async Task<string> BodyExcerptAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var text = SecretRedactor.Redact(CardText.Plain(body, MaxBodyExcerpt));
        return text.Length == 0 ? string.Empty : ": " + text;
    }
}
