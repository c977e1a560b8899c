using System.Globalization;

namespace Alerts.Alerting;

/// <summary>
/// Timing rules of the lifecycle. Init-only so the host can bind it from configuration
/// (suggested section <c>Alerts:Lifecycle</c>) and validate it at start.
/// </summary>
public sealed record AlertPolicy
{
    /// <summary>An unacknowledged firing alert is re-sent this long after its last notification.</summary>
    public TimeSpan RepeatInterval { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>An alert unacknowledged this long after it was first announced goes to the escalation channel, once.</summary>
    public TimeSpan EscalationDelay { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Quiet buckets in a row (after the latest spike bucket) that resolve an alert by itself.</summary>
    public int QuietBucketsToResolve { get; init; } = 3;

    /// <summary>Longer snoozes are clamped to this, not rejected, because a Teams button cannot be corrected.</summary>
    public TimeSpan MaxSnooze { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Every broken rule, each naming the property and its value (house style: all errors, not the first).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        RequirePositive(errors, nameof(RepeatInterval), RepeatInterval);
        RequirePositive(errors, nameof(EscalationDelay), EscalationDelay);
        RequirePositive(errors, nameof(MaxSnooze), MaxSnooze);
        if (QuietBucketsToResolve < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"AlertPolicy.{nameof(QuietBucketsToResolve)} must be at least 1 (was {QuietBucketsToResolve})."));
        }

        return errors;
    }

    /// <summary>Throws when <see cref="Validate"/> finds errors; the lifecycle calls this on every command.</summary>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors));
        }
    }

    private static void RequirePositive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"AlertPolicy.{name} must be positive (was {value:c})."));
        }
    }
}
