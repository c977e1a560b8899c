using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class UndeliveredTests
{
    [Fact]
    public void Requests_without_a_delivery_result_are_found_again_from_the_audit_trail()
    {
        // Arrange: opened (1), escalated (2), resolved (3); only the escalation was delivered.
        var alert = AlertLifecycle.Tick(FiringAlert(), Policy, NoSilences, Minutes(60)).Alert;
        alert = AlertLifecycle.MarkDelivered(alert, 2, Minutes(61)).Alert;
        var resolved = AlertLifecycle.Resolve(alert, "anna", null, Minutes(70));

        // Act
        var pending = AlertLifecycle.Undelivered(resolved.Alert, Minutes(80));

        // Assert
        Assert.Equal(
            [new NotificationRequest("alert-1", 1, NotificationKind.Opened, false), Assert.Single(resolved.Notifications)],
            pending);
        Assert.True(pending[1].ToEscalationChannel);
    }

    [Fact]
    public void Requests_newer_than_the_cut_off_or_marked_undeliverable_are_left_alone()
    {
        // Arrange
        var alert = AlertLifecycle.Tick(FiringAlert(), Policy, NoSilences, Minutes(30)).Alert;
        alert = AlertLifecycle.MarkUndeliverable(alert, 1, "HTTP 410", Minutes(31)).Alert;

        // Act
        var pending = AlertLifecycle.Undelivered(alert, Minutes(30));

        // Assert
        Assert.Empty(pending);
    }
}
