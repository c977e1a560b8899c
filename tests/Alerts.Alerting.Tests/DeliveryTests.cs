using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class DeliveryTests
{
    [Fact]
    public void A_delivery_is_recorded_once_per_revision()
    {
        // Arrange
        var delivered = AlertLifecycle.MarkDelivered(FiringAlert(), 1, Minutes(1));

        // Act
        var redelivered = AlertLifecycle.MarkDelivered(delivered.Alert, 1, Minutes(2));

        // Assert
        Assert.Equal(TransitionOutcome.Applied, delivered.Outcome);
        Assert.Equal(new AuditEntry(Minutes(1), AuditKinds.Delivered, null, null, 1), delivered.Alert.Audit[^1]);
        Assert.Equal(TransitionOutcome.Duplicate, redelivered.Outcome);
    }

    [Fact]
    public void After_the_last_retry_the_alert_is_undeliverable_but_still_firing()
    {
        // Act
        var result = AlertLifecycle.MarkUndeliverable(FiringAlert(), 1, "webhook 403 after 5 attempts", Minutes(3));

        // Assert
        Assert.Equal((AlertState.Firing, true, (int?)1), (result.Alert.State, result.Alert.Undeliverable, result.Alert.UndeliverableRevision));
        Assert.Equal("webhook 403 after 5 attempts", Assert.Single(AuditOf(result.Alert, AuditKinds.Undeliverable)).Note);
        Assert.Equal(TransitionOutcome.Duplicate, AlertLifecycle.MarkUndeliverable(result.Alert, 1, "again", Minutes(4)).Outcome);
    }

    [Fact]
    public void A_later_delivery_clears_the_undeliverable_flag()
    {
        // Arrange
        var alert = AlertLifecycle.MarkUndeliverable(FiringAlert(), 1, "timeout", Minutes(3)).Alert;
        alert = AlertLifecycle.Tick(alert, Policy, NoSilences, Minutes(30)).Alert;

        // Act
        var result = AlertLifecycle.MarkDelivered(alert, 2, Minutes(31));

        // Assert
        Assert.True(alert.Undeliverable);
        Assert.False(result.Alert.Undeliverable);
        Assert.Equal(2, result.Alert.LastDeliveredRevision);
    }

    [Fact]
    public void An_older_revision_failing_after_a_newer_one_got_through_does_not_flag_the_alert()
    {
        // Arrange
        var alert = AlertLifecycle.Tick(FiringAlert(), Policy, NoSilences, Minutes(30)).Alert;
        alert = AlertLifecycle.MarkDelivered(alert, 2, Minutes(31)).Alert;

        // Act
        var result = AlertLifecycle.MarkUndeliverable(alert, 1, "timeout", Minutes(32));

        // Assert
        Assert.False(result.Alert.Undeliverable);
        Assert.Single(AuditOf(result.Alert, AuditKinds.Undeliverable));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_delivery_result_for_an_unknown_revision_is_rejected(int revision)
    {
        // Arrange
        var alert = FiringAlert();

        // Act
        var delivered = AlertLifecycle.MarkDelivered(alert, revision, Minutes(1));
        var undeliverable = AlertLifecycle.MarkUndeliverable(alert, revision, "x", Minutes(1));

        // Assert
        Assert.Equal((TransitionOutcome.Rejected, TransitionOutcome.Rejected), (delivered.Outcome, undeliverable.Outcome));
    }

    [Fact]
    public void The_resolved_notification_can_still_be_marked_delivered()
    {
        // Arrange
        var resolved = InState(AlertState.Resolved);

        // Act
        var result = AlertLifecycle.MarkDelivered(resolved, 2, Minutes(6));

        // Assert
        Assert.Equal((TransitionOutcome.Applied, AlertState.Resolved), (result.Outcome, result.Alert.State));
    }
}
