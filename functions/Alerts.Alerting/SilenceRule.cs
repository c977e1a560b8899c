using System.Globalization;

namespace Alerts.Alerting;

/// <summary>
/// Suppresses notifications for a topic (and optionally one signal) between two times,
/// e.g. during a planned campaign. Alerts are still opened, updated and audited.
/// </summary>
/// <param name="Signal">Null silences every signal of the topic.</param>
public sealed record SilenceRule(
    string Id,
    string TopicId,
    string? Signal,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Reason,
    string CreatedBy)
{
    /// <summary>Whether the rule silences <paramref name="key"/> at <paramref name="now"/>; the end is exclusive.</summary>
    public bool Covers(DedupKey key, DateTimeOffset now) =>
        string.Equals(TopicId, key.TopicId, StringComparison.Ordinal)
        && (Signal is null || string.Equals(Signal, key.Signal, StringComparison.Ordinal))
        && StartsAt <= now
        && now < EndsAt;

    /// <summary>Every broken rule, for the HTTP or CLI layer that creates silences.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Id))
        {
            errors.Add("SilenceRule.Id is required.");
        }

        if (string.IsNullOrWhiteSpace(TopicId))
        {
            errors.Add("SilenceRule.TopicId is required.");
        }

        if (EndsAt <= StartsAt)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"SilenceRule.EndsAt ({EndsAt:O}) must be after StartsAt ({StartsAt:O})."));
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            errors.Add("SilenceRule.Reason is required: say why, e.g. the planned campaign.");
        }

        if (string.IsNullOrWhiteSpace(CreatedBy))
        {
            errors.Add("SilenceRule.CreatedBy is required.");
        }

        return errors;
    }
}
