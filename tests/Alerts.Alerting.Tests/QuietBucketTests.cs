using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class QuietBucketTests
{
    [Fact]
    public void An_alert_resolves_by_itself_after_N_quiet_buckets_and_says_so()
    {
        // Arrange
        var alert = FiringAlert();
        var results = new List<TransitionResult>();

        // Act
        for (var bucket = 0; bucket < 3; bucket++)
        {
            var result = AlertLifecycle.RecordQuietBucket(alert, Bucket(bucket), Policy, Bucket(bucket + 1));
            results.Add(result);
            alert = result.Alert;
        }

        // Assert
        Assert.Equal([AlertState.Firing, AlertState.Firing, AlertState.Resolved], results.Select(r => r.Alert.State));
        Assert.Equal(new NotificationRequest("alert-1", 2, NotificationKind.AutoResolved, false), Assert.Single(results.SelectMany(r => r.Notifications)));
        Assert.Equal((Bucket(3), (string?)null), (alert.ResolvedAt!.Value, alert.ResolvedBy));
        Assert.Contains("after 3 quiet buckets", Assert.Single(AuditOf(alert, AuditKinds.AutoResolved)).Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void The_number_of_quiet_buckets_comes_from_the_policy(int quietBuckets)
    {
        // Arrange
        var policy = Policy with { QuietBucketsToResolve = quietBuckets };
        var alert = FiringAlert();

        // Act
        var resolvedAfter = 0;
        while (alert.IsOpen)
        {
            alert = AlertLifecycle.RecordQuietBucket(alert, Bucket(resolvedAfter), policy, Bucket(resolvedAfter + 1)).Alert;
            resolvedAfter++;
        }

        // Assert
        Assert.Equal(quietBuckets, resolvedAfter);
    }

    [Fact]
    public void A_replayed_quiet_bucket_is_not_counted_twice()
    {
        // Arrange
        var once = AlertLifecycle.RecordQuietBucket(FiringAlert(), Bucket(0), Policy, Bucket(1)).Alert;
        var twice = AlertLifecycle.RecordQuietBucket(once, Bucket(1), Policy, Bucket(2)).Alert;

        // Act
        var replayed = AlertLifecycle.RecordQuietBucket(twice, Bucket(1), Policy, Bucket(2).AddSeconds(30));
        var older = AlertLifecycle.RecordQuietBucket(twice, Bucket(0), Policy, Bucket(2).AddSeconds(30));

        // Assert
        Assert.Equal((TransitionOutcome.Duplicate, 2, AlertState.Firing), (replayed.Outcome, replayed.Alert.QuietBuckets, replayed.Alert.State));
        Assert.Equal(TransitionOutcome.Duplicate, older.Outcome);
    }

    [Fact]
    public void A_quiet_bucket_not_after_the_latest_spike_is_ignored()
    {
        // Arrange
        var alert = Apply(FiringAlert(), Spike(2)).Alert;

        // Act
        var result = AlertLifecycle.RecordQuietBucket(alert, Bucket(2), Policy, Bucket(3));

        // Assert
        Assert.Equal((TransitionOutcome.NoOp, 0), (result.Outcome, result.Alert.QuietBuckets));
    }

    [Fact]
    public void A_quiet_bucket_for_a_resolved_alert_is_a_no_op()
    {
        // Act
        var result = AlertLifecycle.RecordQuietBucket(InState(AlertState.Resolved), Bucket(3), Policy, Bucket(4));

        // Assert
        Assert.Equal((TransitionOutcome.NoOp, false), (result.Outcome, result.Changed));
    }
}
