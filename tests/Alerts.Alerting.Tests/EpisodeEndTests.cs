using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class EpisodeEndTests
{
    [Fact]
    public void An_episode_end_resolves_the_open_alert_by_itself_and_says_so()
    {
        // Arrange
        var alert = InState(AlertState.Acknowledged);

        // Act
        var result = Apply(alert, Spike(3, episodeEnded: true));

        // Assert
        Assert.Equal((AlertState.Resolved, (string?)null), (result.Alert.State, result.Alert.ResolvedBy));
        Assert.Equal(new NotificationRequest("alert-1", 2, NotificationKind.AutoResolved, false), Assert.Single(result.Notifications));
        Assert.Contains("detector ended the episode", Assert.Single(AuditOf(result.Alert, AuditKinds.AutoResolved)).Note, StringComparison.Ordinal);
        Assert.Equal(Bucket(-1), result.Alert.Latest.BucketStart);
    }

    [Fact]
    public void A_redelivered_episode_end_is_a_duplicate()
    {
        // Arrange
        var ended = Apply(FiringAlert(), Spike(3, episodeEnded: true)).Alert;

        // Act
        var result = Apply(ended, Spike(3, episodeEnded: true), Bucket(5));

        // Assert
        Assert.Equal((TransitionOutcome.Duplicate, false), (result.Outcome, result.Changed));
    }

    [Fact]
    public void A_delayed_episode_end_does_not_close_the_next_episode()
    {
        // Arrange: the end at bucket 3 was delayed; bucket 5 spiked again on the same alert.
        var alert = Apply(FiringAlert(), Spike(5)).Alert;

        // Act
        var result = Apply(alert, Spike(3, episodeEnded: true), Bucket(7));

        // Assert
        Assert.Equal((TransitionOutcome.NoOp, AlertState.Firing), (result.Outcome, result.Alert.State));
    }

    [Fact]
    public void A_spike_from_before_the_episode_end_arriving_late_does_not_reopen()
    {
        // Arrange
        var ended = Apply(FiringAlert(), Spike(3, episodeEnded: true)).Alert;

        // Act
        var result = Apply(ended, Spike(1), Bucket(5), id: "alert-2");

        // Assert
        Assert.Equal((TransitionOutcome.NoOp, "alert-1"), (result.Outcome, result.Alert.Id));
    }

    [Fact]
    public void An_episode_end_for_an_already_resolved_alert_changes_nothing()
    {
        // Act
        var result = Apply(InState(AlertState.Resolved), Spike(3, episodeEnded: true));

        // Assert
        Assert.Equal((TransitionOutcome.NoOp, "anna"), (result.Outcome, result.Alert.ResolvedBy));
    }

    [Fact]
    public void An_episode_end_for_a_key_without_any_alert_is_refused_because_there_is_nothing_to_return()
    {
        // Act
        var act = () => Apply(null, Spike(3, episodeEnded: true));

        // Assert
        Assert.Contains("nothing to end", Assert.Throws<ArgumentException>(act).Message, StringComparison.Ordinal);
    }
}
