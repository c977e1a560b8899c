namespace Alerts.Alerting;

/// <summary>Ordered so that "severity rose" is a plain comparison.</summary>
public enum AlertSeverity
{
    Minor = 1,
    Major = 2,
    Critical = 3,
}
