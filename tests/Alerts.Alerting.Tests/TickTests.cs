using Microsoft.Extensions.Time.Testing;
using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class TickTests
{
    [Fact]
    public void An_unacknowledged_alert_is_reminded_after_each_repeat_interval()
    {
        // Arrange: a policy whose escalation comes late, to see reminders alone.
        var policy = Policy with { EscalationDelay = TimeSpan.FromHours(10) };
        var time = new FakeTimeProvider(T0);
        var alert = FiringAlert();
        var reminders = new List<(TimeSpan After, int Revision)>();

        // Act: the maintenance timer runs every minute for two hours.
        for (var minute = 1; minute <= 120; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            var result = AlertLifecycle.Tick(alert, policy, NoSilences, time.GetUtcNow());
            alert = result.Alert;
            reminders.AddRange(result.Notifications
                .Where(n => n.Kind == NotificationKind.Reminder)
                .Select(n => (time.GetUtcNow() - T0, n.Revision)));
        }

        // Assert
        Assert.Equal(
            [(TimeSpan.FromMinutes(30), 2), (TimeSpan.FromMinutes(60), 3), (TimeSpan.FromMinutes(90), 4), (TimeSpan.FromMinutes(120), 5)],
            reminders);
        Assert.Equal(4, AuditOf(alert, AuditKinds.Renotified).Count);
    }

    [Fact]
    public void Escalation_happens_exactly_once_after_the_delay()
    {
        // Arrange
        var time = new FakeTimeProvider(T0);
        var alert = FiringAlert();
        var escalations = new List<(DateTimeOffset At, NotificationRequest Request)>();

        // Act: five hours of five-minute ticks.
        for (var tick = 0; tick < 60; tick++)
        {
            time.Advance(TimeSpan.FromMinutes(5));
            var result = AlertLifecycle.Tick(alert, Policy, NoSilences, time.GetUtcNow());
            alert = result.Alert;
            escalations.AddRange(result.Notifications.Where(n => n.Kind == NotificationKind.Escalation).Select(n => (time.GetUtcNow(), n)));
        }

        // Assert
        var (at, request) = Assert.Single(escalations);
        Assert.Equal(Minutes(60), at);
        Assert.True(request.ToEscalationChannel);
        Assert.True(alert.Escalated);
        Assert.Single(AuditOf(alert, AuditKinds.Escalated));
    }

    [Fact]
    public void Reminders_after_an_escalation_stay_in_the_primary_channel()
    {
        // Arrange
        var escalated = AlertLifecycle.Tick(FiringAlert(), Policy, NoSilences, Minutes(60)).Alert;

        // Act
        var result = AlertLifecycle.Tick(escalated, Policy, NoSilences, Minutes(90));

        // Assert
        Assert.Equal(new NotificationRequest("alert-1", 3, NotificationKind.Reminder, false), Assert.Single(result.Notifications));
    }

    [Fact]
    public void A_tick_with_nothing_due_changes_nothing()
    {
        // Arrange
        var alert = FiringAlert();

        // Act
        var result = AlertLifecycle.Tick(alert, Policy, NoSilences, Minutes(29));

        // Assert
        Assert.Equal((TransitionOutcome.NoOp, false), (result.Outcome, result.Changed));
        Assert.Same(alert, result.Alert);
    }

    [Fact]
    public void Ticking_twice_at_the_same_time_sends_one_reminder()
    {
        // Arrange
        var first = AlertLifecycle.Tick(FiringAlert(), Policy, NoSilences, Minutes(30));

        // Act
        var second = AlertLifecycle.Tick(first.Alert, Policy, NoSilences, Minutes(30));

        // Assert
        Assert.Single(first.Notifications);
        Assert.Equal(TransitionOutcome.NoOp, second.Outcome);
    }
}
