namespace Alerts.Alerting;

/// <summary>
/// Appends to an alert's bounded lists. The caps keep one alert inside one Table entity
/// (1 MiB; the JSON still needs splitting across 64 KiB properties, see docs/alert-lifecycle.md).
/// </summary>
public static class AuditTrail
{
    /// <summary>Audit entries kept: the first ("opened") and the newest.</summary>
    public const int Cap = 200;

    /// <summary>Spike ids kept for redelivery detection; queue redelivery is minutes, not 50 buckets, late.</summary>
    public const int SpikeIdCap = 50;

    /// <summary>Notes are cut to this many characters so a pasted essay cannot blow the entity size.</summary>
    public const int NoteCap = 500;

    /// <param name="revision">The revision the entry is about; the alert's current one when null.</param>
    internal static void Append(Alert alert, DateTimeOffset at, string kind, string? actor, string? note, int? revision = null)
    {
        var entry = new AuditEntry(at, kind, actor, Truncate(note), revision ?? alert.Revision);
        alert.Audit.Add(entry);
        alert.AuditCounts[kind] = alert.AuditCounts.GetValueOrDefault(kind) + 1;
        if (alert.Audit.Count > Cap)
        {
            // Keep index 0: "opened" says when and why the alert began, which the newest entries do not.
            alert.Audit.RemoveAt(1);
            alert.AuditDropped++;
        }
    }

    internal static void RememberSpike(Alert alert, string spikeId)
    {
        alert.AppliedSpikeIds.Add(spikeId);
        if (alert.AppliedSpikeIds.Count > SpikeIdCap)
        {
            alert.AppliedSpikeIds.RemoveAt(0);
        }
    }

    internal static bool Contains(Alert alert, string kind, int revision) =>
        alert.Audit.Exists(e => e.Revision == revision && string.Equals(e.Kind, kind, StringComparison.Ordinal));

    private static string? Truncate(string? note) =>
        note is { Length: > NoteCap } ? string.Concat(note.AsSpan(0, NoteCap - 1), "…") : note;
}
