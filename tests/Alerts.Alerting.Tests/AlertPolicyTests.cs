using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class AlertPolicyTests
{
    [Fact]
    public void The_default_policy_is_valid_and_has_the_documented_values()
    {
        // Act
        var policy = new AlertPolicy();

        // Assert
        Assert.Empty(policy.Validate());
        Assert.Equal(
            (TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60), 3, TimeSpan.FromDays(7)),
            (policy.RepeatInterval, policy.EscalationDelay, policy.QuietBucketsToResolve, policy.MaxSnooze));
    }

    [Fact]
    public void An_invalid_policy_reports_every_error_with_its_value()
    {
        // Arrange
        var policy = new AlertPolicy
        {
            RepeatInterval = TimeSpan.Zero,
            EscalationDelay = TimeSpan.FromMinutes(-1),
            QuietBucketsToResolve = 0,
            MaxSnooze = TimeSpan.Zero,
        };

        // Act
        var errors = policy.Validate();

        // Assert
        Assert.Equal(4, errors.Count);
        Assert.Contains("AlertPolicy.EscalationDelay must be positive (was -00:01:00).", errors);
        Assert.Contains("AlertPolicy.QuietBucketsToResolve must be at least 1 (was 0).", errors);
    }

    [Fact]
    public void Commands_refuse_an_invalid_policy()
    {
        // Arrange
        var policy = Policy with { QuietBucketsToResolve = 0 };

        // Act
        var act = () => AlertLifecycle.Tick(FiringAlert(), policy, NoSilences, Minutes(1));

        // Assert
        Assert.Throws<ArgumentException>(act);
    }
}
