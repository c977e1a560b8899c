using System.Text.Json;
using Alerts.Alerting;
using Alerts.Domain.Configuration;
using Alerts.Functions.Protocol;
using Alerts.Functions.Scanning;
using Alerts.Storage.Alerts;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Teams;
using Azure;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Handlers;

/// <summary>
/// Queue <c>notifications</c>: posts the alert's card to its topic's channel (and, when the request says so, to the
/// escalation channel too). A <c>deliveries</c> row per (alert, revision, channel), written after Teams accepted the
/// card, makes redelivery post nothing twice. 429, 5xx and timeouts throw, so the queue retries after its visibility
/// timeout; on the last attempt, and at once for a rejected post (4xx), the alert is marked undeliverable instead,
/// so nothing is lost silently.
/// </summary>
public sealed partial class DeliverNotificationHandler(
    AlertStore alerts,
    DeliveryStore deliveries,
    ConfigStore config,
    BucketStore buckets,
    TeamsWebhookClient webhook,
    IConfiguration configuration,
    IOptions<ScanOptions> scan,
    TimeProvider time,
    ILogger<DeliverNotificationHandler> logger) : IFunctionHandler
{
    public const string QueueName = "notifications";
    public const string SigningKeySetting = "Alerts:Security:AckSigningKey";
    public const string PublicBaseUrlSetting = "Alerts:PublicBaseUrl";

    /// <summary>The host's default <c>maxDequeueCount</c>: the fifth attempt is the last.</summary>
    public const int LastAttempt = 5;

    private const int MaxAttempts = 8;
    private static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public string Name => FunctionNames.DeliverNotification;

    /// <summary>The app setting that holds a channel's webhook URL (app-setting names on Linux cannot hold '-').</summary>
    public static string WebhookSetting(string channelId) => $"TeamsWebhook:{channelId.Replace('-', '_')}";

    public async Task<InvocationResult> HandleAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var notification = Parse(request.GetString("notification"));
        var (alert, _) = await alerts.GetAsync(notification.AlertId, cancellationToken);
        if (alert is null)
        {
            Log.NoAlert(logger, notification.AlertId);
            return InvocationResult.Empty.Log($"alert {notification.AlertId} does not exist; nothing to deliver");
        }

        var topic = (await config.GetTopicAsync(alert.Key.TopicId, cancellationToken))?.Value
            ?? throw new InvalidInvocationException($"alert {alert.Id} names topic '{alert.Key.TopicId}', which does not exist");
        var channelIds = new List<string> { topic.ChannelId };
        if (notification.ToEscalationChannel && topic.EscalationChannelId is { Length: > 0 } escalation && escalation != topic.ChannelId)
        {
            channelIds.Add(escalation);
        }

        var failures = new List<string>();
        var retry = false;
        foreach (var channelId in channelIds)
        {
            if (await deliveries.WasDeliveredAsync(alert.Id, notification.Revision, channelId, cancellationToken))
            {
                continue;
            }

            var channel = (await config.GetChannelAsync(channelId, cancellationToken))?.Value
                ?? throw new InvalidInvocationException($"topic '{topic.Id}' names channel '{channelId}', which does not exist");
            var url = WebhookUrl(channelId);
            var language = string.Equals(channel.Language, "de", StringComparison.OrdinalIgnoreCase) ? CardLanguage.German : CardLanguage.English;
            var model = await BuildModelAsync(alert, topic, notification.Revision, cancellationToken);
            var message = AlertCardBuilder.Serialize(AlertCardBuilder.BuildMessage(model, language));
            var result = await webhook.PostAsync(url, message, cancellationToken);
            if (result.IsDelivered)
            {
                await deliveries.RecordAsync(alert.Id, notification.Revision, channelId, result.StatusCode, time.GetUtcNow(), cancellationToken);
                Log.Delivered(logger, alert.Id, notification.Revision, channelId);
            }
            else
            {
                Log.NotDelivered(logger, alert.Id, notification.Revision, channelId, result.Outcome.ToString(), result.Detail);
                failures.Add($"{channelId}: {result.Outcome} {result.StatusCode} {result.Detail}");
                retry |= result.Outcome != DeliveryOutcome.Rejected;
            }
        }

        if (retry && request.DequeueCount < LastAttempt)
        {
            throw new InvalidOperationException($"alert {alert.Id} revision {notification.Revision} not delivered yet ({string.Join("; ", failures)}); the queue retries");
        }

        var reason = string.Join("; ", failures);
        await UpdateAsync(notification.AlertId, a => failures.Count == 0
            ? AlertLifecycle.MarkDelivered(a, notification.Revision, time.GetUtcNow())
            : AlertLifecycle.MarkUndeliverable(a, notification.Revision, reason, time.GetUtcNow()), cancellationToken);
        return InvocationResult.Empty.Log(failures.Count == 0
            ? $"alert {alert.Id} revision {notification.Revision} delivered to {string.Join(", ", channelIds)}"
            : $"alert {alert.Id} revision {notification.Revision} undeliverable: {reason}");
    }

    public static NotificationRequest Parse(string text)
    {
        NotificationRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(text, AlertJsonContext.Default.NotificationRequest);
        }
        catch (JsonException ex)
        {
            throw new InvalidInvocationException($"notification request is not valid JSON: {ex.Message}", ex);
        }

        if (request is null || string.IsNullOrWhiteSpace(request.AlertId) || request.Revision < 1)
        {
            throw new InvalidInvocationException("notification request needs 'AlertId' and a positive 'Revision'");
        }

        return request;
    }

    private Uri WebhookUrl(string channelId)
    {
        var key = WebhookSetting(channelId);
        var value = configuration[key];
        return Uri.TryCreate(value, UriKind.Absolute, out var url)
            ? url
            : throw new InvalidOperationException($"channel '{channelId}' has no webhook URL: set app setting '{key}' ({key.Replace(":", "__", StringComparison.Ordinal)})");
    }

    private byte[] SigningKey()
    {
        var text = configuration[SigningKeySetting];
        byte[]? key = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            key = new byte[text.Length];
            key = Convert.TryFromBase64String(text, key, out var written) ? key[..written] : null;
        }

        return key is { Length: >= AckToken.MinKeyBytes }
            ? key
            : throw new InvalidOperationException($"app setting '{SigningKeySetting}' must be base64 of at least {AckToken.MinKeyBytes} bytes (signs the card's acknowledge links)");
    }

    private Uri AckUrl(string alertId, AckAction action, DateTimeOffset now)
    {
        var baseUrl = configuration[PublicBaseUrlSetting];
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"app setting '{PublicBaseUrlSetting}' must be the app's absolute public URL (the card's acknowledge links point there)");
        }

        var token = AckToken.Create(alertId, action, now + LinkLifetime, SigningKey());
        return new Uri($"{baseUrl.TrimEnd('/')}/api/ack?alert={Uri.EscapeDataString(alertId)}&token={token}");
    }

    private async Task<AlertCardModel> BuildModelAsync(Alert alert, TopicConfig topic, int revision, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var latest = alert.Latest;
        var bucketLength = scan.Value.BucketLength;
        var windowEnd = latest.BucketStart + bucketLength;
        var day = await buckets.GetRangeAsync(alert.Key.TopicId, now - TimeSpan.FromHours(24), now, cancellationToken);
        bool InWindow(StoredBucket b) => b.Start >= latest.OnsetStart && b.Start <= latest.BucketStart;

        // Expected counts per bucket are not stored; the alert's baseline is drawn as the reference line.
        var series = day.Select(b => new SeriesPoint(b.Start, ValueOf(b, alert.Key.Signal), latest.Expected, InWindow(b))).ToList();
        var window = day.Where(InWindow).ToList();
        var (negative, neutral, positive) = (window.Sum(b => b.Aggregate.Emotion.Negative), window.Sum(b => b.Aggregate.Emotion.Neutral), window.Sum(b => b.Aggregate.Emotion.Positive));
        var total = negative + neutral + positive;
        var emotion = total == 0 ? null : new EmotionSplit(negative, neutral, positive, window.Sum(b => b.Aggregate.Emotion.ValenceSum) / total);
        var posts = window.SelectMany(b => b.Aggregate.TopItems)
            .OrderByDescending(i => i.Reach ?? 0)
            .Take(5)
            .Select(i => new TopPost(i.Title, Uri.TryCreate(i.Link, UriKind.Absolute, out var link) ? link : null, i.SourceId, i.Author, i.Reach))
            .ToList();
        var open = alert.IsOpen;
        return new AlertCardModel(
            alert.Id,
            revision,
            topic.Name,
            alert.Key.Signal,
            alert.State.ToString().ToLowerInvariant(),
            alert.Severity.ToString().ToLowerInvariant(),
            latest.OnsetStart,
            windowEnd,
            latest.Observed,
            latest.Expected,
            latest.Lift,
            latest.TailProbability,
            emotion,
            series,
            posts,
            open ? AckUrl(alert.Id, AckAction.Acknowledge, now) : null,
            open ? AckUrl(alert.Id, AckAction.Snooze, now) : null,
            null,
            null);
    }

    private static double ValueOf(StoredBucket b, string signal) => signal switch
    {
        "negative" => b.Aggregate.Emotion.Negative,
        "positive" => b.Aggregate.Emotion.Positive,
        _ => b.Aggregate.Mentions,
    };

    /// <summary>Load → apply → save with the ETag; on a lost race reload and apply again.</summary>
    private async Task UpdateAsync(string alertId, Func<Alert, TransitionResult> apply, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (alert, etag) = await alerts.GetAsync(alertId, cancellationToken);
            if (alert is null) return;
            var result = apply(alert);
            if (!result.Changed || await alerts.TryWriteAsync(result.Alert, etag, cancellationToken)) return;
        }

        throw new RequestFailedException(412, $"alert {alertId} kept changing under {MaxAttempts} attempts");
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Alert {AlertId} revision {Revision} delivered to channel {ChannelId}")]
        public static partial void Delivered(ILogger logger, string alertId, int revision, string channelId);

        [LoggerMessage(2, LogLevel.Warning, "Alert {AlertId} revision {Revision} not delivered to channel {ChannelId}: {Outcome} {Detail}")]
        public static partial void NotDelivered(ILogger logger, string alertId, int revision, string channelId, string outcome, string detail);

        [LoggerMessage(3, LogLevel.Warning, "Notification for alert {AlertId}, which does not exist; dropped")]
        public static partial void NoAlert(ILogger logger, string alertId);
    }
}
