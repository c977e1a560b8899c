using System.Text.Json;
using Alerts.Alerting;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage;
using Alerts.Storage.Alerts;
using Alerts.Storage.Tables;
using Alerts.Testing;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Alerting;

/// <summary>The silence store on Azurite, and silences applied by ProcessSpike and MaintainAlerts.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SilenceTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Bucket = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DedupKey Key = new("t1", "volume");

    [Fact]
    public async Task Store_lists_all_rules_newest_first_and_only_those_in_force_as_active()
    {
        // Arrange
        var store = NewStore();
        var past = Rule("past", Bucket.AddDays(-2), Bucket.AddDays(-1));
        var current = Rule("current", Bucket.AddHours(-1), Bucket.AddHours(1));
        var future = Rule("future", Bucket.AddDays(1), Bucket.AddDays(2));
        foreach (var rule in new[] { current, past, future })
        {
            Assert.True(await store.AddAsync(rule, TestContext.Current.CancellationToken));
        }

        // Act
        var all = await store.ListAsync(TestContext.Current.CancellationToken);
        var active = await store.ListActiveAsync(Bucket, TestContext.Current.CancellationToken);
        var atEnd = await store.ListActiveAsync(current.EndsAt, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["future", "current", "past"], all.Select(r => r.Id));
        Assert.Equal(current, Assert.Single(active));
        Assert.Empty(atEnd);
        Assert.Equal(future, await store.GetAsync("future", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Store_keeps_the_first_rule_of_an_id_rejects_invalid_rules_and_deletes_once()
    {
        // Arrange
        var store = NewStore();
        var rule = Rule("campaign", Bucket, Bucket.AddHours(2));
        Assert.True(await store.AddAsync(rule, TestContext.Current.CancellationToken));

        // Act
        var duplicate = await store.AddAsync(rule with { Reason = "other" }, TestContext.Current.CancellationToken);
        var invalid = await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(rule with { Id = "bad", EndsAt = Bucket, Reason = "" }, TestContext.Current.CancellationToken));
        var deleted = await store.DeleteAsync("campaign", TestContext.Current.CancellationToken);
        var again = await store.DeleteAsync("campaign", TestContext.Current.CancellationToken);

        // Assert
        Assert.False(duplicate);
        Assert.Contains("EndsAt", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("Reason", invalid.Message, StringComparison.Ordinal);
        Assert.True(deleted);
        Assert.False(again);
        Assert.Null(await store.GetAsync("campaign", TestContext.Current.CancellationToken));
        Assert.Null(await store.GetAsync("bad", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_silenced_spike_opens_an_audited_alert_but_sends_no_notification()
    {
        // Arrange
        var time = new FakeTimeProvider(Bucket.AddMinutes(6));
        await using var app = await TestApp.StartAsync(azurite, triggers: false, services: s => s.AddSingleton<TimeProvider>(time));
        await app.Services.GetRequiredService<SilenceStore>().AddAsync(Rule("campaign", Bucket, Bucket.AddHours(2)), TestContext.Current.CancellationToken);

        // Act
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", Spike())).Succeeded);

        // Assert
        var alert = (await app.Services.GetRequiredService<AlertStore>().GetOpenForKeyAsync(Key, TestContext.Current.CancellationToken)).Alert!;
        Assert.True(alert.Suppressed);
        Assert.Equal("campaign", alert.SilenceRuleId);
        Assert.Contains(alert.Audit, e => e.Kind == AuditKinds.Silenced);
        Assert.Empty(await DrainAsync(app));
    }

    [Fact]
    public async Task Deleting_the_silence_lets_the_next_maintenance_run_announce_the_alert()
    {
        // Arrange: a spike during the silence.
        var time = new FakeTimeProvider(Bucket.AddMinutes(6));
        await using var app = await TestApp.StartAsync(azurite, triggers: false, services: s => s.AddSingleton<TimeProvider>(time));
        var silences = app.Services.GetRequiredService<SilenceStore>();
        await silences.AddAsync(Rule("campaign", Bucket, Bucket.AddHours(2)), TestContext.Current.CancellationToken);
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", Spike())).Succeeded);
        Assert.True((await app.InvokeTimerAsync("MaintainAlerts")).Succeeded);
        Assert.Empty(await DrainAsync(app));

        // Act
        await silences.DeleteAsync("campaign", TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await app.InvokeTimerAsync("MaintainAlerts")).Succeeded);

        // Assert
        var alert = (await app.Services.GetRequiredService<AlertStore>().GetOpenForKeyAsync(Key, TestContext.Current.CancellationToken)).Alert!;
        Assert.False(alert.Suppressed);
        Assert.Contains(alert.Audit, e => e.Kind == AuditKinds.Unsilenced);
        var sent = Assert.Single(await DrainAsync(app));
        Assert.Equal(alert.Id, sent.AlertId);
    }

    private static SilenceRule Rule(string id, DateTimeOffset starts, DateTimeOffset ends) =>
        new(id, Key.TopicId, Key.Signal, starts, ends, "planned campaign", "maria");

    private static string Spike() =>
        TestSpikes.Opening(Key.TopicId, Key.Signal, Bucket);

    private SilenceStore NewStore() =>
        new(new AlertsTables(new TableServiceClient(azurite.NewAccountConnectionString()), new StorageOptions()));

    private static async Task<List<NotificationRequest>> DrainAsync(TestApp app) =>
        (await app.DrainQueueAsync("notifications")).Select(t => JsonSerializer.Deserialize(t, AlertJsonContext.Default.NotificationRequest)!).ToList();
}
