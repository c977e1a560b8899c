using Alerts.Alerting;
using Alerts.Functions.Handlers;
using Alerts.Standalone.Queues;
using Alerts.Storage;
using Alerts.Storage.Alerts;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Alerting;

/// <summary>
/// A reviewer's action on one alert (acknowledge, snooze, resolve, silence) with the ETag loop: reload and re-apply
/// when someone else (auto-resolve, another reviewer, a spike) saved first; notifications go out after the save.
/// Shared by the card's ack links and the HTTP API.
/// </summary>
public sealed class AlertActions(AlertStore alerts, QueueSender sender, IOptions<StorageOptions> storage, TimeProvider time)
{
    private const int MaxAttempts = 8;

    public async Task<AlertActionResult> ApplyAsync(string alertId, Func<Alert, DateTimeOffset, TransitionResult> transition, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (alert, etag) = await alerts.GetAsync(alertId, ct);
            if (alert is null) return new AlertActionResult(AlertActionStatus.NotFound, null);
            var result = transition(alert, time.GetUtcNow());
            if (result.Outcome == TransitionOutcome.Rejected) return new AlertActionResult(AlertActionStatus.Rejected, result);
            if (result.Changed && !await alerts.TryWriteAsync(result.Alert, etag, ct)) continue;
            await ProcessSpikeHandler.SendAsync(sender, storage.Value.Connection, result.Notifications, ct);
            return new AlertActionResult(AlertActionStatus.Applied, result);
        }

        return new AlertActionResult(AlertActionStatus.Contended, null);
    }
}

public enum AlertActionStatus
{
    Applied,
    NotFound,
    /// <summary>Not possible in the alert's state (e.g. acknowledging a resolved alert).</summary>
    Rejected,
    /// <summary>The alert kept changing under us; the caller may try again.</summary>
    Contended,
}

public sealed record AlertActionResult(AlertActionStatus Status, TransitionResult? Transition);
