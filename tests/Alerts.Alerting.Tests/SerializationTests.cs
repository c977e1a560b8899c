using System.Text.Json;
using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

public sealed class SerializationTests
{
    /// <summary>An alert with every optional field set, so a field the JSON loses shows up.</summary>
    private static Alert Busy()
    {
        var silences = new[] { Silence(Minutes(100), Minutes(200)) };
        var alert = Apply(FiringAlert(), Spike(0, AlertSeverity.Critical)).Alert;
        alert = AlertLifecycle.Tick(alert, Policy, [], Minutes(60)).Alert;
        alert = AlertLifecycle.MarkDelivered(alert, 2, Minutes(61)).Alert;
        alert = AlertLifecycle.MarkUndeliverable(alert, 3, "HTTP 502", Minutes(62)).Alert;
        alert = AlertLifecycle.Acknowledge(alert, "anna", "Grüße an das Team", Minutes(63)).Alert;
        alert = AlertLifecycle.Snooze(alert, Minutes(300), "ben", null, Policy, Minutes(64)).Alert;
        alert = AlertLifecycle.RecordQuietBucket(alert, Bucket(1), Policy, Minutes(65)).Alert;
        return AlertLifecycle.Tick(alert, Policy, silences, Minutes(100)).Alert;
    }

    [Fact]
    public void An_alert_survives_a_JSON_round_trip_with_every_field()
    {
        // Arrange
        var alert = Busy();
        var json = Json(alert);

        // Act
        var back = JsonSerializer.Deserialize(json, AlertJsonContext.Default.Alert)!;

        // Assert
        Assert.Equal(json, Json(back));
        Assert.Equal((AlertState.Snoozed, true, true, true), (back.State, back.Escalated, back.Undeliverable, back.Suppressed));
        Assert.Equal((Minutes(300), Minutes(63), "anna", 1), (back.SnoozedUntil!.Value, back.AcknowledgedAt!.Value, back.AcknowledgedBy, back.QuietBuckets));
        Assert.Equal(alert.Latest, back.Latest);
        Assert.Equal(alert.Audit, back.Audit);
        Assert.Equal(alert.AppliedSpikeIds, back.AppliedSpikeIds);
        Assert.Equal(alert.AuditCounts, back.AuditCounts);
    }

    [Fact]
    public void Enums_are_stored_as_names()
    {
        // Act
        var json = Json(FiringAlert(AlertSeverity.Major));

        // Assert
        Assert.Contains("\"State\":\"Firing\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Severity\":\"Major\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_alert_without_its_id_fails_loudly()
    {
        // Arrange
        var json = Json(FiringAlert()).Replace("\"Id\":\"alert-1\",", "", StringComparison.Ordinal);

        // Act
        var act = () => JsonSerializer.Deserialize(json, AlertJsonContext.Default.Alert);

        // Assert
        Assert.Throws<JsonException>(act);
    }
}
