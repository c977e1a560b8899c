using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class AuditTrailTests
{
    [Fact]
    public void The_audit_trail_keeps_the_first_entry_and_the_newest_up_to_the_cap()
    {
        // Arrange
        var alert = FiringAlert();

        // Act: 250 spike buckets, one "updated" entry each.
        for (var bucket = 0; bucket < 250; bucket++)
        {
            alert = Apply(alert, Spike(bucket)).Alert;
        }

        // Assert
        Assert.Equal(AuditTrail.Cap, alert.Audit.Count);
        Assert.Equal(AuditKinds.Opened, alert.Audit[0].Kind);
        Assert.Equal(Spike(249).BucketStart + BucketSize, alert.Audit[^1].At);
        Assert.Equal(250, alert.AuditCounts[AuditKinds.Updated]);
        Assert.Equal(252 - AuditTrail.Cap, alert.AuditDropped);
    }

    [Fact]
    public void Applied_spike_ids_keep_the_newest_fifty()
    {
        // Arrange
        var alert = FiringAlert();

        // Act
        for (var bucket = 0; bucket < 60; bucket++)
        {
            alert = Apply(alert, Spike(bucket)).Alert;
        }

        // Assert
        Assert.Equal(AuditTrail.SpikeIdCap, alert.AppliedSpikeIds.Count);
        Assert.Equal(Spike(59).SpikeId, alert.AppliedSpikeIds[^1]);
        Assert.Equal(TransitionOutcome.Duplicate, Apply(alert, Spike(10)).Outcome);
    }

    [Fact]
    public void A_long_note_is_cut_to_the_note_cap()
    {
        // Act
        var alert = AlertLifecycle.Acknowledge(FiringAlert(), "anna", new string('x', 2000), Minutes(1)).Alert;

        // Assert
        Assert.Equal(AuditTrail.NoteCap, alert.Audit[^1].Note!.Length);
        Assert.EndsWith("…", alert.Audit[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spike_id_is_topic_signal_and_bucket_start_in_UTC()
    {
        // Act
        var id = SpikeEvidence.IdFor(Key, new DateTimeOffset(2026, 11, 23, 10, 5, 0, TimeSpan.FromHours(1)));

        // Assert
        Assert.Equal("topic-sale|mentions|2026-11-23T09:05:00Z", id);
    }
}
