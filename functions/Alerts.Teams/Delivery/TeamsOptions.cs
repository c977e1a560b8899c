namespace Alerts.Teams;

/// <summary>Settings under <c>Alerts:Teams</c>; validated at startup by <see cref="TeamsOptionsValidator"/>.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Alerts:Teams";

    /// <summary>How long one POST may take before it counts as <see cref="DeliveryOutcome.Transient"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Pace per webhook URL; Teams throttles above 4 per second (platform-facts C2).</summary>
    public double PostsPerSecond { get; set; } = 1;

    /// <summary>Posts per webhook URL per hour, digests included; legacy connectors allowed 100 (platform-facts C2).</summary>
    public int HourlyBudget { get; set; } = 100;

    /// <summary>Webhook URLs must be https. Only the Development environment may turn this off (local receiver on http).</summary>
    public bool RequireHttps { get; set; } = true;
}
