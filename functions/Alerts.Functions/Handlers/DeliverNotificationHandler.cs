using System.Text.Json;
using Alerts.Alerting;
using Alerts.Functions.Protocol;
using Alerts.Functions.Alerting;
using Alerts.Functions.Telemetry;
using Alerts.Standalone.Queues;
using Alerts.Storage;
using Alerts.Storage.Alerts;
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
/// so nothing is lost silently. When the channel's webhook has spent its hourly budget, the request waits in
/// <see cref="DigestStore"/> for the channel's next digest card (<see cref="DigestSender"/>, run by MaintainAlerts),
/// which marks it delivered.
/// </summary>
public sealed partial class DeliverNotificationHandler(
    AlertStore alerts,
    DeliveryStore deliveries,
    DigestStore digests,
    ConfigStore config,
    AlertCards cards,
    TeamsWebhookClient webhook,
    IConfiguration configuration,
    QueueSender sender,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<DeliverNotificationHandler> logger) : IFunctionHandler
{
    public const string QueueName = "notifications";

    /// <summary>The host's default <c>maxDequeueCount</c>: the fifth attempt is the last.</summary>
    public const int LastAttempt = 5;

    private const int MaxAttempts = 8;

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
        var deferred = new List<string>();
        var retry = false;
        TimeSpan? paced = null;
        foreach (var channelId in channelIds)
        {
            if (await deliveries.WasDeliveredAsync(alert.Id, notification.Revision, channelId, cancellationToken))
            {
                continue;
            }

            var channel = (await config.GetChannelAsync(channelId, cancellationToken))?.Value
                ?? throw new InvalidInvocationException($"topic '{topic.Id}' names channel '{channelId}', which does not exist");
            var url = WebhookUrl(configuration, channelId);
            var language = AlertCards.LanguageOf(channel);
            var model = await cards.BuildModelAsync(alert, topic, notification.Revision, cancellationToken);
            var message = AlertCardBuilder.Serialize(AlertCardBuilder.BuildMessage(model, language));
            var result = await webhook.PostAsync(url, message, cancellationToken);
            RecordMetrics(result, channelId, notification, model.WindowEnd);
            if (result.IsDelivered)
            {
                await deliveries.RecordAsync(alert.Id, notification.Revision, channelId, result.StatusCode, time.GetUtcNow(), cancellationToken);
                Log.Delivered(logger, alert.Id, notification.Revision, channelId);
            }
            else if (result.Outcome == DeliveryOutcome.BudgetExhausted)
            {
                await digests.AddPendingAsync(channelId, alert.Id, notification.Revision, time.GetUtcNow(), cancellationToken);
                Log.Deferred(logger, alert.Id, notification.Revision, channelId);
                deferred.Add(channelId);
            }
            else if (result.Outcome == DeliveryOutcome.RateLimitedLocally)
            {
                // Our own pace (about one post per second per webhook), not a failure: try again in a moment.
                paced = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((result.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds)));
            }
            else
            {
                Log.NotDelivered(logger, alert.Id, notification.Revision, channelId, result.Outcome.ToString(), result.Detail);
                failures.Add($"{channelId}: {result.Outcome} {result.StatusCode} {result.Detail}");
                retry |= result.Outcome != DeliveryOutcome.Rejected;
            }
        }

        // On the last attempt a paced channel re-queues too, so pacing never ends in "undeliverable".
        if (paced is { } delay && (!retry || request.DequeueCount >= LastAttempt))
        {
            // A fresh copy that becomes visible after the pace: costs no attempt (pacing must never make an alert
            // undeliverable) and logs no error. Channels already posted are skipped by their delivery rows.
            await sender.SendAsync(storage.Value.Connection, QueueName, [request.GetString("notification")], delay, cancellationToken);
            Log.Paced(logger, alert.Id, notification.Revision, delay.TotalSeconds);
            return InvocationResult.Empty.Log($"alert {alert.Id} revision {notification.Revision}: paced, sent again in {delay.TotalSeconds:0} s");
        }

        if (retry && request.DequeueCount < LastAttempt)
        {
            throw new InvalidOperationException($"alert {alert.Id} revision {notification.Revision} not delivered yet ({string.Join("; ", failures)}); the queue retries");
        }

        var reason = string.Join("; ", failures);
        if (failures.Count == 0 && deferred.Count > 0)
        {
            // Delivered (or undeliverable) only once the digest went out.
            return InvocationResult.Empty.Log($"alert {alert.Id} revision {notification.Revision}: hourly budget spent, waits for the digest of {string.Join(", ", deferred)}");
        }

        await UpdateAsync(alerts, notification.AlertId, a => failures.Count == 0
            ? AlertLifecycle.MarkDelivered(a, notification.Revision, time.GetUtcNow())
            : AlertLifecycle.MarkUndeliverable(a, notification.Revision, reason, time.GetUtcNow()), cancellationToken);
        return InvocationResult.Empty.Log(failures.Count == 0
            ? $"alert {alert.Id} revision {notification.Revision} delivered to {string.Join(", ", channelIds)}"
            : $"alert {alert.Id} revision {notification.Revision} undeliverable: {reason}");
    }

    /// <summary>Sent/failed per channel; the latency only for the cards that announce a spike (opened or grown), not reminders.</summary>
    private void RecordMetrics(DeliveryResult result, string channelId, NotificationRequest notification, DateTimeOffset bucketClosed)
    {
        var channel = new KeyValuePair<string, object?>("channel", channelId);
        if (!result.IsDelivered)
        {
            AlertsTelemetry.NotificationsFailed.Add(1, channel, new("outcome", result.Outcome.ToString()));
            return;
        }

        AlertsTelemetry.NotificationsSent.Add(1, channel, new("kind", "alert"));
        if (notification.Kind is NotificationKind.Opened or NotificationKind.SeverityRaised)
        {
            AlertsTelemetry.NotificationLatency.Record(Math.Max(0, (time.GetUtcNow() - bucketClosed).TotalSeconds), channel);
        }
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

    /// <summary>The channel's webhook URL from its app setting; a missing or malformed one throws naming the setting.</summary>
    public static Uri WebhookUrl(IConfiguration configuration, string channelId)
    {
        var key = WebhookSetting(channelId);
        var value = configuration[key];
        return Uri.TryCreate(value, UriKind.Absolute, out var url)
            ? url
            : throw new InvalidOperationException($"channel '{channelId}' has no webhook URL: set app setting '{key}' ({key.Replace(":", "__", StringComparison.Ordinal)})");
    }

    /// <summary>Load → apply → save with the ETag; on a lost race reload and apply again.</summary>
    public static async Task UpdateAsync(AlertStore alerts, string alertId, Func<Alert, TransitionResult> apply, CancellationToken cancellationToken)
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

        [LoggerMessage(5, LogLevel.Information, "Alert {AlertId} revision {Revision}: paced by the webhook's local limit; queued again in {Seconds} s")]
        public static partial void Paced(ILogger logger, string alertId, int revision, double seconds);

        [LoggerMessage(4, LogLevel.Warning, "Alert {AlertId} revision {Revision}: hourly budget of channel {ChannelId} spent; deferred to its digest")]
        public static partial void Deferred(ILogger logger, string alertId, int revision, string channelId);
    }
}
