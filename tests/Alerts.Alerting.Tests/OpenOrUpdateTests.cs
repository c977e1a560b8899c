using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class OpenOrUpdateTests
{
    [Fact]
    public void A_first_spike_opens_a_firing_alert_and_announces_it()
    {
        // Act
        var result = Apply(null, Spike(-1, AlertSeverity.Major));

        // Assert
        Assert.Equal(TransitionOutcome.Applied, result.Outcome);
        var alert = result.Alert;
        Assert.Equal(("alert-1", Key, AlertState.Firing, AlertSeverity.Major, 1), (alert.Id, alert.Key, alert.State, alert.Severity, alert.Revision));
        Assert.Equal(T0, alert.OpenedAt);
        Assert.Equal(T0, alert.LastNotifiedAt);
        Assert.Equal(new NotificationRequest("alert-1", 1, NotificationKind.Opened, false), Assert.Single(result.Notifications));
        Assert.Equal([AuditKinds.Opened, AuditKinds.Notified], alert.Audit.Select(e => e.Kind));
    }

    [Fact]
    public void A_redelivered_spike_is_a_duplicate_without_notification()
    {
        // Arrange
        var alert = FiringAlert();

        // Act
        var result = Apply(alert, Spike(-1), Minutes(3));

        // Assert
        Assert.Equal(TransitionOutcome.Duplicate, result.Outcome);
        Assert.False(result.Changed);
        Assert.Empty(result.Notifications);
        Assert.Same(alert, result.Alert);
    }

    [Theory]
    [InlineData(AlertSeverity.Minor, AlertSeverity.Major)]
    [InlineData(AlertSeverity.Minor, AlertSeverity.Critical)]
    [InlineData(AlertSeverity.Major, AlertSeverity.Critical)]
    public void A_severity_rise_renotifies_with_the_next_revision(AlertSeverity first, AlertSeverity second)
    {
        // Arrange
        var alert = FiringAlert(first);

        // Act
        var result = Apply(alert, Spike(0, second));

        // Assert
        Assert.Equal(new NotificationRequest("alert-1", 2, NotificationKind.SeverityRaised, false), Assert.Single(result.Notifications));
        Assert.Equal((second, second, 2), (result.Alert.Severity, result.Alert.NotifiedSeverity, result.Alert.Revision));
    }

    [Theory]
    [InlineData(AlertSeverity.Minor, AlertSeverity.Minor)]
    [InlineData(AlertSeverity.Major, AlertSeverity.Major)]
    [InlineData(AlertSeverity.Critical, AlertSeverity.Minor)]
    [InlineData(AlertSeverity.Major, AlertSeverity.Minor)]
    public void An_equal_or_lower_severity_updates_the_evidence_without_notification(AlertSeverity first, AlertSeverity second)
    {
        // Arrange
        var alert = FiringAlert(first);

        // Act
        var result = Apply(alert, Spike(0, second));

        // Assert
        Assert.Equal(TransitionOutcome.Applied, result.Outcome);
        Assert.Empty(result.Notifications);
        Assert.Equal(Spike(0, second), result.Alert.Latest);
        Assert.Equal((first, 1), (result.Alert.Severity, result.Alert.Revision));
        Assert.Single(AuditOf(result.Alert, AuditKinds.Updated));
    }

    [Fact]
    public void A_severity_that_falls_and_rises_back_is_not_announced_twice()
    {
        // Arrange
        var alert = Apply(FiringAlert(), Spike(0, AlertSeverity.Major)).Alert;
        alert = Apply(alert, Spike(1, AlertSeverity.Minor)).Alert;

        // Act
        var result = Apply(alert, Spike(2, AlertSeverity.Major));

        // Assert
        Assert.Empty(result.Notifications);
        Assert.Equal(2, result.Alert.Revision);
    }

    [Fact]
    public void A_spike_after_a_resolved_alert_opens_a_new_alert()
    {
        // Arrange
        var resolved = InState(AlertState.Resolved);

        // Act
        var result = Apply(resolved, Spike(3), id: "alert-2");

        // Assert
        Assert.Equal(("alert-2", AlertState.Firing, 1), (result.Alert.Id, result.Alert.State, result.Alert.Revision));
        Assert.Equal(NotificationKind.Opened, Assert.Single(result.Notifications).Kind);
        Assert.Equal(AlertState.Resolved, resolved.State);
    }

    [Fact]
    public void A_late_spike_does_not_reopen_an_alert_that_quiet_buckets_resolved_after_it()
    {
        // Arrange
        var alert = FiringAlert();
        alert = Apply(alert, Spike(0)).Alert;
        foreach (var bucket in new[] { 2, 3, 4 })
        {
            alert = AlertLifecycle.RecordQuietBucket(alert, Bucket(bucket), Policy, Bucket(bucket + 1)).Alert;
        }

        // Act: bucket 1 was delayed in the queue and arrives after the alert resolved.
        var result = Apply(alert, Spike(1), Bucket(6), id: "alert-2");

        // Assert
        Assert.Equal(AlertState.Resolved, alert.State);
        Assert.Equal(TransitionOutcome.NoOp, result.Outcome);
        Assert.Same(alert, result.Alert);
    }

    [Fact]
    public void A_spike_for_another_key_is_refused()
    {
        // Arrange
        var alert = FiringAlert();

        // Act
        var act = () => Apply(alert, Spike(0, key: new DedupKey("topic-sale", "anger")));

        // Assert
        Assert.Throws<ArgumentException>(act);
    }

    [Fact]
    public void An_older_spike_arriving_late_keeps_the_newest_evidence_but_counts_its_severity()
    {
        // Arrange
        var alert = Apply(FiringAlert(), Spike(2)).Alert;

        // Act
        var result = Apply(alert, Spike(0, AlertSeverity.Major), Bucket(4));

        // Assert
        Assert.Equal(Bucket(2), result.Alert.Latest.BucketStart);
        Assert.Equal(AlertSeverity.Major, result.Alert.Severity);
        Assert.Equal(NotificationKind.SeverityRaised, Assert.Single(result.Notifications).Kind);
    }

    [Fact]
    public void A_severity_rise_wakes_a_snoozed_alert()
    {
        // Arrange
        var snoozed = InState(AlertState.Snoozed);

        // Act
        var result = Apply(snoozed, Spike(1, AlertSeverity.Critical));

        // Assert
        Assert.Equal(AlertState.Firing, result.Alert.State);
        Assert.Null(result.Alert.SnoozedUntil);
        Assert.Equal(NotificationKind.SeverityRaised, Assert.Single(result.Notifications).Kind);
        Assert.Single(AuditOf(result.Alert, AuditKinds.Unsnoozed));
    }

    [Fact]
    public void A_spike_without_a_rise_leaves_a_snooze_alone()
    {
        // Act
        var result = Apply(InState(AlertState.Snoozed), Spike(1));

        // Assert
        Assert.Equal((AlertState.Snoozed, (DateTimeOffset?)Minutes(60)), (result.Alert.State, result.Alert.SnoozedUntil));
        Assert.Empty(result.Notifications);
    }

    [Fact]
    public void A_severity_rise_on_an_acknowledged_alert_is_announced_and_keeps_the_acknowledgement()
    {
        // Act
        var result = Apply(InState(AlertState.Acknowledged), Spike(1, AlertSeverity.Major));

        // Assert
        Assert.Equal((AlertState.Acknowledged, "anna"), (result.Alert.State, result.Alert.AcknowledgedBy));
        Assert.Equal(NotificationKind.SeverityRaised, Assert.Single(result.Notifications).Kind);
    }

    [Fact]
    public void A_new_spike_after_counted_quiet_buckets_starts_the_quiet_count_again()
    {
        // Arrange
        var alert = AlertLifecycle.RecordQuietBucket(FiringAlert(), Bucket(0), Policy, Bucket(1)).Alert;
        alert = AlertLifecycle.RecordQuietBucket(alert, Bucket(1), Policy, Bucket(2)).Alert;

        // Act
        var result = Apply(alert, Spike(2));

        // Assert
        Assert.Equal(2, alert.QuietBuckets);
        Assert.Equal(0, result.Alert.QuietBuckets);
    }
}
