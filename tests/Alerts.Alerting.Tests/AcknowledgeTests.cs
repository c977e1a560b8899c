using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class AcknowledgeTests
{
    [Fact]
    public void Acknowledging_a_firing_alert_records_who_when_and_the_note()
    {
        // Act
        var result = AlertLifecycle.Acknowledge(FiringAlert(), "anna", "checking the newsletter", Minutes(7));

        // Assert
        Assert.Equal(TransitionOutcome.Applied, result.Outcome);
        Assert.Equal((AlertState.Acknowledged, "anna", (DateTimeOffset?)Minutes(7)), (result.Alert.State, result.Alert.AcknowledgedBy, result.Alert.AcknowledgedAt));
        Assert.Equal(new AuditEntry(Minutes(7), AuditKinds.Acknowledged, "anna", "checking the newsletter", 1), result.Alert.Audit[^1]);
        Assert.Empty(result.Notifications);
    }

    [Fact]
    public void Acknowledging_a_resolved_alert_is_rejected_and_says_so()
    {
        // Arrange
        var resolved = InState(AlertState.Resolved);

        // Act
        var result = AlertLifecycle.Acknowledge(resolved, "ben", null, Minutes(9));

        // Assert
        Assert.Equal(TransitionOutcome.Rejected, result.Outcome);
        Assert.False(result.Changed);
        Assert.Contains("already resolved", result.Message, StringComparison.Ordinal);
        Assert.Contains("anna", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_acknowledgement_is_a_duplicate_and_keeps_the_first()
    {
        // Arrange
        var acknowledged = InState(AlertState.Acknowledged);

        // Act
        var result = AlertLifecycle.Acknowledge(acknowledged, "ben", "me too", Minutes(8));

        // Assert
        Assert.Equal(TransitionOutcome.Duplicate, result.Outcome);
        Assert.Equal(("anna", (DateTimeOffset?)Minutes(5)), (result.Alert.AcknowledgedBy, result.Alert.AcknowledgedAt));
        Assert.Contains("already acknowledged by anna", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledging_a_snoozed_alert_ends_the_snooze()
    {
        // Act
        var result = AlertLifecycle.Acknowledge(InState(AlertState.Snoozed), "ben", null, Minutes(10));

        // Assert
        Assert.Equal(AlertState.Acknowledged, result.Alert.State);
        Assert.Null(result.Alert.SnoozedUntil);
    }

    [Fact]
    public void An_acknowledged_alert_gets_no_reminders_or_escalation()
    {
        // Arrange
        var alert = InState(AlertState.Acknowledged);

        // Act
        var notifications = Enumerable.Range(1, 48)
            .SelectMany(i => AlertLifecycle.Tick(alert, Policy, NoSilences, Minutes(i * 10)).Notifications);

        // Assert
        Assert.Empty(notifications);
    }

    [Fact]
    public void Acknowledging_needs_an_actor()
    {
        // Act
        var act = () => AlertLifecycle.Acknowledge(FiringAlert(), " ", null, Minutes(1));

        // Assert
        Assert.Throws<ArgumentException>(act);
    }
}
