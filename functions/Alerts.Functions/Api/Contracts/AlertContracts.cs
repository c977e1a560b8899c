using Alerts.Alerting;

namespace Alerts.Functions.Api.Contracts;

/// <summary>An alert for lists and the dashboard; <see cref="Audit"/> only on the single-alert read.</summary>
public sealed record AlertView(
    string Id,
    string TopicId,
    string? TopicName,
    string Signal,
    string State,
    string Severity,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SnoozedUntil,
    bool Undeliverable,
    double Observed,
    double Expected,
    double Lift,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    string? AcknowledgedBy,
    DateTimeOffset? ResolvedAt,
    bool Suppressed,
    bool Escalated,
    int Revision,
    IReadOnlyList<AuditView>? Audit)
{
    public static AlertView From(Alert a, string? topicName, TimeSpan bucketLength, bool withAudit) => new(
        a.Id, a.Key.TopicId, topicName, a.Key.Signal, Lower(a.State), Lower(a.Severity), a.OpenedAt,
        a.Audit.Count > 0 ? a.Audit.Max(e => e.At) : a.LastSpikeAt, a.SnoozedUntil, a.Undeliverable,
        a.Latest.Observed, a.Latest.Expected, a.Latest.Lift, a.Latest.OnsetStart, a.Latest.BucketStart + bucketLength,
        a.AcknowledgedBy, a.ResolvedAt, a.Suppressed, a.Escalated, a.Revision,
        withAudit ? a.Audit.Select(e => new AuditView(e.At, e.Kind, e.Actor, e.Note, e.Revision)).ToList() : null);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}

public sealed record AuditView(DateTimeOffset At, string Kind, string? Actor, string? Note, int Revision);

/// <summary>The body of POST /api/alerts/{id}/{action}: who acts, and what the action needs.</summary>
public sealed record AlertActionBody(string By, string? Note = null, int? Minutes = null, string? Reason = null);
