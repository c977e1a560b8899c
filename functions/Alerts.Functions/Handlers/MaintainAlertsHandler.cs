using Alerts.Alerting;
using Alerts.Functions.Protocol;
using Alerts.Standalone.Queues;
using Alerts.Storage;
using Alerts.Storage.Alerts;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Handlers;

/// <summary>
/// Timer: runs <see cref="AlertLifecycle.Tick"/> over every open alert (snooze expiry, reminders, escalation), saving
/// with the ETag loop and sending the resulting requests to <c>notifications</c> after the save. It then re-sends, once
/// each, the requests an open alert recorded more than <see cref="ResendAfter"/> ago that were neither delivered nor
/// marked undeliverable (lost between a save and its send). Active silence rules start or end suppression; an alert whose
/// rule ended or was deleted is unsilenced.
/// </summary>
public sealed partial class MaintainAlertsHandler(
    AlertStore alerts,
    DeliveryStore deliveries,
    SilenceStore silences,
    AlertPolicy policy,
    QueueSender sender,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<MaintainAlertsHandler> logger) : IFunctionHandler
{
    /// <summary>Longer than the delivery queue's whole retry span (5 attempts, 30 s visibility), so a request still being retried is not sent twice.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromHours(1);

    private const int MaxAttempts = 8;

    public string Name => FunctionNames.MaintainAlerts;

    public async Task<InvocationResult> HandleAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var (ticked, sent, resent) = (0, 0, 0);
        var open = await alerts.ListOpenAsync(cancellationToken);
        var active = await silences.ListActiveAsync(time.GetUtcNow(), cancellationToken);
        foreach (var (listed, listedETag) in open)
        {
            var (alert, etag) = (listed, listedETag);
            for (var attempt = 1; ; attempt++)
            {
                var result = AlertLifecycle.Tick(alert!, policy, active, time.GetUtcNow());
                if (!result.Changed) break;
                if (await alerts.TryWriteAsync(result.Alert, etag, cancellationToken))
                {
                    await ProcessSpikeHandler.SendAsync(sender, storage.Value.Connection, result.Notifications, cancellationToken);
                    (alert, ticked, sent) = (result.Alert, ticked + 1, sent + result.Notifications.Count);
                    break;
                }

                if (attempt == MaxAttempts)
                {
                    Log.GaveUp(logger, listed.Id);
                    break;
                }

                (alert, etag) = await alerts.GetAsync(listed.Id, cancellationToken);
                if (alert is null) break;
            }

            if (alert is null) continue;
            var now = time.GetUtcNow();
            var lost = new List<NotificationRequest>();
            foreach (var pending in AlertLifecycle.Undelivered(alert, now - ResendAfter))
            {
                if (await deliveries.TryClaimResendAsync(alert.Id, pending.Revision, now, cancellationToken)) lost.Add(pending);
            }

            if (lost.Count > 0)
            {
                await ProcessSpikeHandler.SendAsync(sender, storage.Value.Connection, lost, cancellationToken);
                Log.Resent(logger, alert.Id, lost.Count);
                resent += lost.Count;
            }
        }

        return InvocationResult.Empty.Log($"{open.Count} open alerts, {ticked} changed, {sent} notifications sent, {resent} lost ones re-sent");
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Alert {AlertId} kept changing during maintenance; the next run tries again")]
        public static partial void GaveUp(ILogger logger, string alertId);

        [LoggerMessage(2, LogLevel.Information, "Alert {AlertId}: {Count} notification requests that never reached the queue re-sent")]
        public static partial void Resent(ILogger logger, string alertId, int count);
    }
}
