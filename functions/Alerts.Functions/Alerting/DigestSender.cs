using Alerts.Alerting;
using Alerts.Domain.Configuration;
using Alerts.Functions.Handlers;
using Alerts.Functions.Telemetry;
using Alerts.Storage.Alerts;
using Alerts.Storage.Configuration;
using Alerts.Teams;

namespace Alerts.Functions.Alerting;

/// <summary>
/// Posts one digest card per channel whose alerts could not be posted because the webhook's hourly budget was spent
/// (DeliverNotification deferred them to <see cref="DigestStore"/>), at most one per <see cref="Interval"/> per channel,
/// using the slice of the budget kept for digests. Each listed notification then counts as delivered (a
/// <c>deliveries</c> row, so a redelivered or re-sent request posts nothing more) and leaves the pending list; one
/// that got posted on its own meanwhile is dropped from the list instead. A digest Teams rejects marks its alerts
/// undeliverable; any other failure leaves the list for the next run, so nothing is lost.
/// </summary>
public sealed partial class DigestSender(
    DigestStore digests,
    DeliveryStore deliveries,
    AlertStore alerts,
    ConfigStore config,
    AlertCards cards,
    TeamsWebhookClient webhook,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<DigestSender> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Sends the digests that are due; returns how many were posted. A failing channel does not stop the others.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var posted = 0;
        foreach (var (channelId, entries) in await digests.ListPendingAsync(cancellationToken))
        {
            try
            {
                if (await SendAsync(channelId, entries, cancellationToken)) posted++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.Failed(logger, channelId, ex);
            }
        }

        return posted;
    }

    private async Task<bool> SendAsync(string channelId, IReadOnlyList<PendingDigestEntry> entries, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await digests.LastSentAsync(channelId, cancellationToken) is { } last && now - last < Interval) return false;

        var listed = new List<(PendingDigestEntry Entry, Alert Alert, TopicConfig Topic)>();
        foreach (var entry in entries)
        {
            var (alert, _) = await alerts.GetAsync(entry.AlertId, cancellationToken);
            var topic = alert is null ? null : (await config.GetTopicAsync(alert.Key.TopicId, cancellationToken))?.Value;
            if (alert is null || topic is null || await deliveries.WasDeliveredAsync(entry.AlertId, entry.Revision, channelId, cancellationToken))
            {
                await digests.RemovePendingAsync(entry, cancellationToken);
                continue;
            }

            listed.Add((entry, alert, topic));
        }

        if (listed.Count == 0) return false;

        // One line per alert (its newest pending revision), whatever number of its revisions waited.
        var models = listed.GroupBy(l => l.Alert.Id)
            .Select(g => g.MaxBy(l => l.Entry.Revision))
            .Select(l => cards.BuildSummaryModel(l.Alert, l.Topic, l.Entry.Revision))
            .ToList();
        var channel = (await config.GetChannelAsync(channelId, cancellationToken))?.Value;
        var message = AlertCardBuilder.Serialize(AlertCardBuilder.BuildDigest(models, AlertCards.LanguageOf(channel)));
        var result = await webhook.PostAsync(DeliverNotificationHandler.WebhookUrl(configuration, channelId), message, WebhookPostKind.Digest, cancellationToken);
        var channelTag = new KeyValuePair<string, object?>("channel", channelId);
        if (result.IsDelivered) AlertsTelemetry.NotificationsSent.Add(1, channelTag, new("kind", "digest"));
        else AlertsTelemetry.NotificationsFailed.Add(1, channelTag, new("outcome", "Digest" + result.Outcome));
        if (!result.IsDelivered && result.Outcome != DeliveryOutcome.Rejected)
        {
            Log.NotYet(logger, channelId, listed.Count, result.Outcome.ToString(), result.Detail);
            return false;
        }

        foreach (var (entry, alert, _) in listed)
        {
            if (result.IsDelivered)
            {
                await deliveries.RecordAsync(alert.Id, entry.Revision, channelId, result.StatusCode, now, cancellationToken);
                await DeliverNotificationHandler.UpdateAsync(alerts, alert.Id, a => AlertLifecycle.MarkDelivered(a, entry.Revision, now), cancellationToken);
            }
            else
            {
                var reason = $"{channelId}: digest rejected: {result.Detail}";
                await DeliverNotificationHandler.UpdateAsync(alerts, alert.Id, a => AlertLifecycle.MarkUndeliverable(a, entry.Revision, reason, now), cancellationToken);
            }

            await digests.RemovePendingAsync(entry, cancellationToken);
        }

        if (!result.IsDelivered)
        {
            Log.Rejected(logger, channelId, listed.Count, result.Detail);
            return false;
        }

        await digests.RecordSentAsync(channelId, now, models.Count, cancellationToken);
        Log.Sent(logger, channelId, models.Count);
        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Digest of {Alerts} alerts posted to channel {ChannelId}")]
        public static partial void Sent(ILogger logger, string channelId, int alerts);

        [LoggerMessage(2, LogLevel.Warning, "Digest of {Entries} notifications for channel {ChannelId} not posted yet: {Outcome} {Detail}")]
        public static partial void NotYet(ILogger logger, string channelId, int entries, string outcome, string detail);

        [LoggerMessage(3, LogLevel.Error, "Digest of {Entries} notifications for channel {ChannelId} rejected by Teams; alerts marked undeliverable: {Detail}")]
        public static partial void Rejected(ILogger logger, string channelId, int entries, string detail);

        [LoggerMessage(4, LogLevel.Error, "Digest for channel {ChannelId} failed; other channels go on")]
        public static partial void Failed(ILogger logger, string channelId, Exception exception);
    }
}
