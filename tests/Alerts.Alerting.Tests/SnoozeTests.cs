using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class SnoozeTests
{
    [Fact]
    public void Snoozing_records_the_end_the_actor_and_the_note()
    {
        // Act
        var result = AlertLifecycle.Snooze(FiringAlert(), Minutes(90), "anna", "after the webinar", Policy, Minutes(10));

        // Assert
        Assert.Equal((AlertState.Snoozed, (DateTimeOffset?)Minutes(90)), (result.Alert.State, result.Alert.SnoozedUntil));
        var entry = result.Alert.Audit[^1];
        Assert.Equal((AuditKinds.Snoozed, "anna"), (entry.Kind, entry.Actor));
        Assert.Equal($"until {Minutes(90):O}: after the webinar", entry.Note);
        Assert.Null(result.Message);
    }

    [Fact]
    public void A_snooze_beyond_the_maximum_is_clamped_and_says_so()
    {
        // Act
        var result = AlertLifecycle.Snooze(FiringAlert(), T0.AddDays(30), "anna", null, Policy, Minutes(10));

        // Assert
        Assert.Equal(TransitionOutcome.Applied, result.Outcome);
        Assert.Equal(Minutes(10).AddDays(7), result.Alert.SnoozedUntil);
        Assert.Contains("clamped", result.Message, StringComparison.Ordinal);
        Assert.Contains("clamped", result.Alert.Audit[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snooze_that_ends_in_the_past_is_rejected()
    {
        // Act
        var result = AlertLifecycle.Snooze(FiringAlert(), Minutes(10), "anna", null, Policy, Minutes(10));

        // Assert
        Assert.Equal(TransitionOutcome.Rejected, result.Outcome);
        Assert.False(result.Changed);
    }

    [Fact]
    public void Snoozing_again_until_the_same_time_is_a_duplicate_and_a_new_time_moves_it()
    {
        // Arrange
        var snoozed = InState(AlertState.Snoozed);

        // Act
        var again = AlertLifecycle.Snooze(snoozed, Minutes(60), "anna", null, Policy, Minutes(6));
        var moved = AlertLifecycle.Snooze(snoozed, Minutes(120), "ben", null, Policy, Minutes(6));

        // Assert
        Assert.Equal(TransitionOutcome.Duplicate, again.Outcome);
        Assert.Equal((TransitionOutcome.Applied, (DateTimeOffset?)Minutes(120)), (moved.Outcome, moved.Alert.SnoozedUntil));
    }

    [Fact]
    public void A_snoozed_alert_gets_no_reminder_before_it_expires()
    {
        // Act: the repeat interval (30 min) has long passed, the snooze (until 60) has not.
        var result = AlertLifecycle.Tick(InState(AlertState.Snoozed), Policy, NoSilences, Minutes(59));

        // Assert
        Assert.Equal(TransitionOutcome.NoOp, result.Outcome);
        Assert.Empty(result.Notifications);
    }

    [Fact]
    public void An_expired_snooze_fires_again_with_a_reminder()
    {
        // Act
        var result = AlertLifecycle.Tick(InState(AlertState.Snoozed), Policy, NoSilences, Minutes(60));

        // Assert
        Assert.Equal((AlertState.Firing, (DateTimeOffset?)null), (result.Alert.State, result.Alert.SnoozedUntil));
        Assert.Equal(new NotificationRequest("alert-1", 2, NotificationKind.Reminder, false), Assert.Single(result.Notifications));
        Assert.Single(AuditOf(result.Alert, AuditKinds.Unsnoozed));
    }

    [Fact]
    public void After_a_snooze_the_escalation_clock_starts_again()
    {
        // Arrange: snoozed 5 minutes after opening, so the 60-minute delay never ran out while firing.
        var woken = AlertLifecycle.Tick(InState(AlertState.Snoozed), Policy, NoSilences, Minutes(60)).Alert;

        // Act
        var early = AlertLifecycle.Tick(woken, Policy, NoSilences, Minutes(119));
        var due = AlertLifecycle.Tick(woken, Policy, NoSilences, Minutes(120));

        // Assert
        Assert.DoesNotContain(early.Notifications, n => n.Kind == NotificationKind.Escalation);
        Assert.Equal(NotificationKind.Escalation, Assert.Single(due.Notifications).Kind);
    }

    [Fact]
    public void Snoozing_a_resolved_alert_is_rejected()
    {
        // Act
        var result = AlertLifecycle.Snooze(InState(AlertState.Resolved), Minutes(90), "ben", null, Policy, Minutes(10));

        // Assert
        Assert.Equal(TransitionOutcome.Rejected, result.Outcome);
        Assert.Contains("already resolved", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snooze_ending_on_an_alert_never_announced_announces_it_instead_of_reminding()
    {
        // Arrange: opened during a silence, snoozed from the app, silence over before the snooze.
        var silences = new[] { Silence(Minutes(-30), Minutes(20)) };
        var alert = Apply(null, Spike(-1), silences: silences).Alert;
        alert = AlertLifecycle.Snooze(alert, Minutes(60), "anna", null, Policy, Minutes(5)).Alert;

        // Act
        var result = AlertLifecycle.Tick(alert, Policy, silences, Minutes(60));

        // Assert
        Assert.Equal(new NotificationRequest("alert-1", 1, NotificationKind.Opened, false), Assert.Single(result.Notifications));
        Assert.Equal(AlertState.Firing, result.Alert.State);
    }
}
