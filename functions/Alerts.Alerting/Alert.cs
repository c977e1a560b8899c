using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alerts.Alerting;

/// <summary>
/// One alert, stored as one entity (serialise with <see cref="AlertJsonContext"/>). Mutable only
/// so that JSON and Table Storage can fill it: change it through <see cref="AlertLifecycle"/>,
/// which works on a copy so a failed ETag save can simply reload and re-apply.
/// </summary>
public sealed class Alert
{
    /// <summary>Bump when a stored field changes meaning, so storage can migrate old rows.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public required string Id { get; set; }

    public required DedupKey Key { get; set; }

    public AlertState State { get; set; }

    /// <summary>Peak severity of this alert; <see cref="Latest"/> carries the current evidence.</summary>
    public AlertSeverity Severity { get; set; }

    /// <summary>Severity last announced; a notification is pending while <see cref="Severity"/> is higher.</summary>
    public AlertSeverity NotifiedSeverity { get; set; }

    /// <summary>Bumps once per notification; delivery is keyed by (Id, Revision).</summary>
    public int Revision { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>When the latest spike message was applied (processing time, not bucket time).</summary>
    public DateTimeOffset LastSpikeAt { get; set; }

    /// <summary>Null while the alert was never announced (it opened during a silence).</summary>
    public DateTimeOffset? LastNotifiedAt { get; set; }

    /// <summary>Start of the current announced, unacknowledged stretch; the escalation clock.</summary>
    public DateTimeOffset? UnacknowledgedSince { get; set; }

    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>The latest effective acknowledgement; kept after a snooze so the card can still show it.</summary>
    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>The reviewer who resolved it; null when it resolved by itself.</summary>
    public string? ResolvedBy { get; set; }

    /// <summary>Quiet buckets counted since the latest spike bucket.</summary>
    public int QuietBuckets { get; set; }

    /// <summary>The newest quiet bucket counted; makes quiet-bucket messages idempotent.</summary>
    public DateTimeOffset? LastQuietBucketStart { get; set; }

    /// <summary>Sent to the escalation channel; happens at most once per alert.</summary>
    public bool Escalated { get; set; }

    /// <summary>A notification failed after its last retry and nothing newer got through since.
    /// A delivery flag, not a state: the alert is still firing.</summary>
    public bool Undeliverable { get; set; }

    public int? UndeliverableRevision { get; set; }

    /// <summary>Highest revision confirmed delivered; 0 when none.</summary>
    public int LastDeliveredRevision { get; set; }

    /// <summary>A silence rule covers the alert: no notifications, audit only.</summary>
    public bool Suppressed { get; set; }

    /// <summary>The rule that started the current suppression.</summary>
    public string? SilenceRuleId { get; set; }

    /// <summary>Evidence of the newest spike bucket seen.</summary>
    public required SpikeEvidence Latest { get; set; }

    /// <summary>Ids of the last <see cref="AuditTrail.SpikeIdCap"/> spike messages applied.</summary>
    public List<string> AppliedSpikeIds { get; set; } = [];

    /// <summary>The first entry and the newest ones, at most <see cref="AuditTrail.Cap"/> in all.</summary>
    public List<AuditEntry> Audit { get; set; } = [];

    /// <summary>Entries ever recorded per kind, including those dropped by the cap.</summary>
    public Dictionary<string, int> AuditCounts { get; set; } = [];

    /// <summary>How many entries the cap dropped.</summary>
    public int AuditDropped { get; set; }

    [JsonIgnore]
    public bool IsOpen => State != AlertState.Resolved;

    /// <summary>A deep copy through the stored JSON form, so a copy can never miss a field.</summary>
    internal Alert Clone() =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(this, AlertJsonContext.Default.Alert), AlertJsonContext.Default.Alert)
        ?? throw new InvalidOperationException("An alert serialised to null.");
}
