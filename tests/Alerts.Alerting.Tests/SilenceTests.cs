using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class SilenceTests
{
    private static readonly IReadOnlyList<SilenceRule> CampaignHour = [Silence(Minutes(-30), Minutes(60))];

    [Fact]
    public void A_silenced_spike_opens_a_suppressed_firing_alert_without_notification_but_with_audit()
    {
        // Act
        var result = Apply(null, Spike(-1), silences: CampaignHour);

        // Assert
        Assert.Empty(result.Notifications);
        Assert.Equal((AlertState.Firing, true, "silence-1", 0), (result.Alert.State, result.Alert.Suppressed, result.Alert.SilenceRuleId, result.Alert.Revision));
        var silenced = Assert.Single(AuditOf(result.Alert, AuditKinds.Silenced));
        Assert.Equal("ben", silenced.Actor);
        Assert.Contains("Black Friday campaign", silenced.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressed_alert_gets_no_reminders_escalation_or_rise_notifications()
    {
        // Arrange
        var alert = Apply(null, Spike(-1), silences: CampaignHour).Alert;

        // Act
        var raised = Apply(alert, Spike(0, AlertSeverity.Critical), silences: CampaignHour);
        var ticked = AlertLifecycle.Tick(raised.Alert, Policy, CampaignHour, Minutes(59));

        // Assert
        Assert.Empty(raised.Notifications);
        Assert.Empty(ticked.Notifications);
        Assert.Equal(AlertSeverity.Critical, raised.Alert.Severity);
    }

    [Fact]
    public void An_alert_opened_during_a_silence_is_announced_when_it_ends()
    {
        // Arrange
        var alert = Apply(Apply(null, Spike(-1), silences: CampaignHour).Alert, Spike(0, AlertSeverity.Major), silences: CampaignHour).Alert;

        // Act
        var result = AlertLifecycle.Tick(alert, Policy, CampaignHour, Minutes(60));

        // Assert
        Assert.False(result.Alert.Suppressed);
        Assert.Equal(new NotificationRequest("alert-1", 1, NotificationKind.Opened, false), Assert.Single(result.Notifications));
        Assert.Equal(AlertSeverity.Major, result.Alert.NotifiedSeverity);
        Assert.Single(AuditOf(result.Alert, AuditKinds.Unsilenced));
    }

    [Fact]
    public void A_severity_rise_during_a_silence_is_announced_when_it_ends()
    {
        // Arrange: announced before a silence that starts later.
        var silences = new[] { Silence(Minutes(5), Minutes(20)) };
        var alert = AlertLifecycle.Tick(FiringAlert(), Policy, silences, Minutes(5)).Alert;
        alert = Apply(alert, Spike(1, AlertSeverity.Critical), Minutes(10), silences).Alert;

        // Act
        var result = AlertLifecycle.Tick(alert, Policy, silences, Minutes(20));

        // Assert
        Assert.True(alert.Suppressed);
        Assert.Equal(NotificationKind.SeverityRaised, Assert.Single(result.Notifications).Kind);
    }

    [Fact]
    public void The_end_of_an_announced_alert_is_posted_even_during_a_silence()
    {
        // Arrange
        var silences = new[] { Silence(Minutes(5), Minutes(600)) };
        var alert = AlertLifecycle.Tick(FiringAlert(), Policy, silences, Minutes(5)).Alert;

        // Act
        var result = AlertLifecycle.Resolve(alert, "anna", null, Minutes(10));

        // Assert
        Assert.Equal(NotificationKind.Resolved, Assert.Single(result.Notifications).Kind);
    }

    [Fact]
    public void An_alert_never_announced_ends_quietly()
    {
        // Arrange
        var alert = Apply(null, Spike(-1), silences: CampaignHour).Alert;

        // Act
        for (var bucket = 0; bucket < 3; bucket++)
        {
            var result = AlertLifecycle.RecordQuietBucket(alert, Bucket(bucket), Policy, Bucket(bucket + 1));
            Assert.Empty(result.Notifications);
            alert = result.Alert;
        }

        // Assert
        Assert.Equal(AlertState.Resolved, alert.State);
        Assert.Single(AuditOf(alert, AuditKinds.AutoResolved));
    }

    [Theory]
    [InlineData("topic-sale", "mentions", 0, true)]
    [InlineData("topic-sale", null, 0, true)]
    [InlineData("topic-sale", "anger", 0, false)]
    [InlineData("topic-other", null, 0, false)]
    [InlineData("topic-sale", "mentions", -31, false)]
    [InlineData("topic-sale", "mentions", -30, true)]
    [InlineData("topic-sale", "mentions", 60, false)]
    public void A_silence_covers_its_topic_and_signal_from_its_start_until_just_before_its_end(string topicId, string? signal, int minute, bool covered)
    {
        // Arrange
        var rule = Silence(Minutes(-30), Minutes(60), signal, topicId);

        // Act
        var covers = rule.Covers(Key, Minutes(minute));

        // Assert
        Assert.Equal(covered, covers);
    }

    [Fact]
    public void An_invalid_silence_reports_every_error()
    {
        // Arrange
        var rule = new SilenceRule("", "", null, Minutes(10), Minutes(10), " ", "");

        // Act
        var errors = rule.Validate();

        // Assert
        Assert.Equal(5, errors.Count);
        Assert.Empty(Silence(Minutes(0), Minutes(1)).Validate());
    }
}
