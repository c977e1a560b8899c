using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class ResolveTests
{
    [Fact]
    public void Resolving_posts_the_end_and_records_who_and_why()
    {
        // Act
        var result = AlertLifecycle.Resolve(FiringAlert(), "anna", "planned TV spot", Minutes(12));

        // Assert
        Assert.Equal((AlertState.Resolved, "anna", (DateTimeOffset?)Minutes(12)), (result.Alert.State, result.Alert.ResolvedBy, result.Alert.ResolvedAt));
        Assert.Equal(new NotificationRequest("alert-1", 2, NotificationKind.Resolved, false), Assert.Single(result.Notifications));
        Assert.Contains(result.Alert.Audit, e => e is { Kind: AuditKinds.Resolved, Actor: "anna", Note: "planned TV spot" });
    }

    [Fact]
    public void Resolving_twice_is_a_duplicate()
    {
        // Act
        var result = AlertLifecycle.Resolve(InState(AlertState.Resolved), "ben", null, Minutes(20));

        // Assert
        Assert.Equal(TransitionOutcome.Duplicate, result.Outcome);
        Assert.Empty(result.Notifications);
        Assert.Equal("anna", result.Alert.ResolvedBy);
    }

    [Fact]
    public void Resolving_an_escalated_alert_also_tells_the_escalation_channel()
    {
        // Arrange
        var escalated = AlertLifecycle.Tick(FiringAlert(), Policy, NoSilences, Minutes(60)).Alert;

        // Act
        var result = AlertLifecycle.Resolve(escalated, "anna", null, Minutes(70));

        // Assert
        Assert.True(escalated.Escalated);
        Assert.True(Assert.Single(result.Notifications).ToEscalationChannel);
    }
}
