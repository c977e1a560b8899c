using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

/// <summary>
/// Races as the storage layer sees them: two workers load the same row, one saves first, the
/// other's save fails with 412, and it reloads and applies its command again.
/// </summary>
public sealed class RaceTests
{
    /// <summary>Two quiet buckets counted: the next one resolves the alert.</summary>
    private static Alert OneQuietBucketFromResolving()
    {
        var alert = AlertLifecycle.RecordQuietBucket(FiringAlert(), Bucket(0), Policy, Bucket(1)).Alert;
        return AlertLifecycle.RecordQuietBucket(alert, Bucket(1), Policy, Bucket(2)).Alert;
    }

    private static TransitionResult Ack(Alert alert) => AlertLifecycle.Acknowledge(alert, "anna", "looking", Minutes(14));

    private static TransitionResult AutoResolve(Alert alert) => AlertLifecycle.RecordQuietBucket(alert, Bucket(2), Policy, Bucket(3));

    [Fact]
    public void Acknowledging_then_auto_resolving_keeps_both_audit_entries()
    {
        // Arrange
        var loaded = OneQuietBucketFromResolving();

        // Act
        var acked = Ack(loaded);
        var resolved = AutoResolve(acked.Alert);

        // Assert
        Assert.Equal((TransitionOutcome.Applied, TransitionOutcome.Applied), (acked.Outcome, resolved.Outcome));
        Assert.Equal(AlertState.Resolved, resolved.Alert.State);
        Assert.Equal(
            [AuditKinds.Acknowledged, AuditKinds.AutoResolved, AuditKinds.Notified],
            resolved.Alert.Audit.Skip(2).Select(e => e.Kind));
    }

    [Fact]
    public void Auto_resolving_then_acknowledging_rejects_the_ack_as_already_resolved()
    {
        // Arrange
        var loaded = OneQuietBucketFromResolving();

        // Act
        var resolved = AutoResolve(loaded);
        var acked = Ack(resolved.Alert);

        // Assert
        Assert.Equal(AlertState.Resolved, acked.Alert.State);
        Assert.Equal(TransitionOutcome.Rejected, acked.Outcome);
        Assert.Contains("already resolved", acked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_auto_resolve_that_loses_the_ETag_race_to_an_ack_keeps_the_ack_after_its_retry()
    {
        // Arrange: both workers load the same row.
        var loaded = OneQuietBucketFromResolving();
        var savedByAck = Ack(loaded).Alert;
        var discarded = AutoResolve(loaded);

        // Act: the resolver's save got 412; it reloads what the ack saved and applies again.
        var retried = AutoResolve(savedByAck);

        // Assert
        Assert.True(discarded.Changed);
        Assert.Equal(AlertState.Resolved, retried.Alert.State);
        Assert.Contains(retried.Alert.Audit, e => e is { Kind: AuditKinds.Acknowledged, Actor: "anna", Note: "looking" });
        Assert.Equal(discarded.Notifications, retried.Notifications);
    }

    [Fact]
    public void Two_instances_applying_the_same_spike_end_with_one_applied_and_one_duplicate()
    {
        // Arrange
        var loaded = FiringAlert();
        var first = Apply(loaded, Spike(0, AlertSeverity.Major));
        var second = Apply(loaded, Spike(0, AlertSeverity.Major));

        // Act: the second save got 412; it reloads the first one's row and applies again.
        var retried = Apply(first.Alert, Spike(0, AlertSeverity.Major));

        // Assert
        Assert.Equal(Json(first.Alert), Json(second.Alert));
        Assert.Equal(first.Notifications, second.Notifications);
        Assert.Equal((TransitionOutcome.Duplicate, false), (retried.Outcome, retried.Changed));
        Assert.Empty(retried.Notifications);
    }

    [Fact]
    public void Two_instances_opening_the_same_key_converge_on_the_alert_saved_first()
    {
        // Arrange: neither saw an open alert; the store's insert of the second fails with 409.
        var first = Apply(null, Spike(0), id: "alert-a");
        Apply(null, Spike(0), id: "alert-b");

        // Act: the loser reloads the open alert and applies its own spike again.
        var sameSpike = Apply(first.Alert, Spike(0), id: "alert-b");
        var otherSignalBucket = Apply(first.Alert, Spike(1, AlertSeverity.Major), id: "alert-b");

        // Assert
        Assert.Equal(TransitionOutcome.Duplicate, sameSpike.Outcome);
        Assert.Equal(("alert-a", TransitionOutcome.Applied), (otherSignalBucket.Alert.Id, otherSignalBucket.Outcome));
    }

    [Fact]
    public void A_redelivered_spike_message_after_other_updates_is_still_a_duplicate()
    {
        // Arrange
        var alert = Apply(FiringAlert(), Spike(0)).Alert;
        alert = AlertLifecycle.Acknowledge(alert, "anna", null, Minutes(6)).Alert;
        alert = Apply(alert, Spike(1, AlertSeverity.Critical)).Alert;

        // Act
        var redelivered = Apply(alert, Spike(0), Minutes(20));

        // Assert
        Assert.Equal(TransitionOutcome.Duplicate, redelivered.Outcome);
        Assert.Equal(AlertSeverity.Critical, redelivered.Alert.Severity);
    }
}
