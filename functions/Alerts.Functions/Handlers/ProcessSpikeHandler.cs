using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Alerts.Alerting;
using Alerts.Domain.Scanning;
using Alerts.Functions.Protocol;
using Alerts.Standalone.Queues;
using Alerts.Storage;
using Alerts.Storage.Alerts;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Handlers;

/// <summary>
/// Queue <c>spike-decisions</c>: applies one detector verdict to the alert of its topic + signal (opening one when
/// none is open) and, after the alert is saved, sends the notifications the transition asks for to
/// <c>notifications</c>. A lost ETag race reloads and re-applies; the new alert's id derives from the spike id, so
/// a redelivered message finds its own alert and changes nothing. Sending after the save means a crash in between
/// leaves the request only on the alert (AlertLifecycle.Undelivered lists it); MaintainAlerts re-sends it later.
/// Active silence rules (table <c>silences</c>) keep a matching alert from notifying; it is still opened and audited.
/// </summary>
public sealed partial class ProcessSpikeHandler(
    AlertStore alerts,
    SilenceStore silences,
    AlertPolicy policy,
    QueueSender sender,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<ProcessSpikeHandler> logger) : IFunctionHandler
{
    public const string QueueName = "notifications";
    private const int MaxAttempts = 8;

    public string Name => FunctionNames.ProcessSpike;

    public async Task<InvocationResult> HandleAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var evidence = ToEvidence(Parse(request.GetString("spike")));
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (latest, etag) = await alerts.GetLatestForKeyAsync(evidence.Key, cancellationToken);
            if (evidence.EpisodeEnded && latest is not { IsOpen: true })
            {
                Log.NothingToEnd(logger, evidence.SpikeId);
                return InvocationResult.Empty.Log($"spike {evidence.SpikeId} ends an episode but {evidence.Key} has no open alert; skipped");
            }

            var now = time.GetUtcNow();
            var silenced = await silences.ListActiveAsync(now, cancellationToken);
            var result = AlertLifecycle.OpenOrUpdate(latest, evidence, silenced, policy, now, () => AlertIdFor(evidence.SpikeId));
            if (!result.Changed)
            {
                return InvocationResult.Empty.Log($"spike {evidence.SpikeId}: {result.Outcome} ({result.Message})");
            }

            // A new alert (another id than the stored one) is created; the stored one is replaced with its ETag.
            var writeETag = latest is not null && latest.Id == result.Alert.Id ? etag : default;
            if (!await alerts.TryWriteAsync(result.Alert, writeETag, cancellationToken))
            {
                Log.LostRace(logger, evidence.SpikeId, attempt);
                continue;
            }

            await SendAsync(result.Notifications, cancellationToken);
            Log.Applied(logger, evidence.SpikeId, result.Alert.Id, result.Alert.State.ToString(), result.Notifications.Count);
            return InvocationResult.Empty.Log($"spike {evidence.SpikeId} → alert {result.Alert.Id} ({result.Alert.State}), {result.Notifications.Count} notifications sent");
        }

        throw new InvalidOperationException($"spike {evidence.SpikeId}: the alert kept changing under {MaxAttempts} attempts; the queue retries");
    }

    /// <summary>Sends notification requests as JSON to <c>notifications</c>; shared with the other alert writers.</summary>
    public static Task SendAsync(QueueSender sender, string connection, IReadOnlyList<NotificationRequest> requests, CancellationToken cancellationToken) =>
        sender.SendAsync(connection, QueueName, requests.Select(r => JsonSerializer.Serialize(r, AlertJsonContext.Default.NotificationRequest)), cancellationToken);

    /// <summary>A stable alert id for the alert a spike opens: the same message always names the same alert.</summary>
    public static string AlertIdFor(string spikeId) =>
        "a" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(spikeId)).AsSpan(0, 12));

    public static SpikeMessage Parse(string text)
    {
        SpikeMessage? spike;
        try
        {
            spike = JsonSerializer.Deserialize(text, FunctionsJsonContext.Default.SpikeMessage);
        }
        catch (JsonException ex)
        {
            throw new InvalidInvocationException($"spike decision is not valid JSON: {ex.Message}", ex);
        }

        if (spike is null || string.IsNullOrWhiteSpace(spike.SpikeId) || string.IsNullOrWhiteSpace(spike.TopicId) || string.IsNullOrWhiteSpace(spike.Signal))
        {
            throw new InvalidInvocationException("spike decision needs 'spikeId', 'topicId' and 'signal'");
        }

        return spike;
    }

    /// <summary>Maps the queue message to the lifecycle's evidence; an episode end's severity ("none") is not used.</summary>
    public static SpikeEvidence ToEvidence(SpikeMessage m)
    {
        AlertSeverity severity;
        if (m.EpisodeEnded && string.Equals(m.Severity, "none", StringComparison.OrdinalIgnoreCase))
        {
            severity = AlertSeverity.Minor; // ignored by EndEpisode
        }
        else if (!Enum.TryParse(m.Severity, ignoreCase: true, out severity) || !Enum.IsDefined(severity))
        {
            throw new InvalidInvocationException($"spike {m.SpikeId}: severity '{m.Severity}' is not minor, major or critical");
        }

        return new SpikeEvidence(new DedupKey(m.TopicId, m.Signal), m.SpikeId, m.BucketStart, m.OnsetStart, m.Observed, m.Expected, m.Lift, m.TailProbability, severity, m.EpisodeEnded);
    }

    private Task SendAsync(IReadOnlyList<NotificationRequest> requests, CancellationToken cancellationToken) =>
        SendAsync(sender, storage.Value.Connection, requests, cancellationToken);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Spike {SpikeId} applied to alert {AlertId} ({State}); {Notifications} notifications sent")]
        public static partial void Applied(ILogger logger, string spikeId, string alertId, string state, int notifications);

        [LoggerMessage(2, LogLevel.Information, "Spike {SpikeId} ends an episode with no open alert; skipped")]
        public static partial void NothingToEnd(ILogger logger, string spikeId);

        [LoggerMessage(3, LogLevel.Warning, "Spike {SpikeId}: the alert changed while applying (attempt {Attempt}); reloading")]
        public static partial void LostRace(ILogger logger, string spikeId, int attempt);
    }
}
