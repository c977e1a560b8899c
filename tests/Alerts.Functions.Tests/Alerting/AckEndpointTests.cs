using System.Net;
using Alerts.Alerting;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Alerts;
using Alerts.Storage.Configuration;
using Alerts.Teams;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Alerting;

[Collection(AzuriteCollection.Name)]
public sealed class AckEndpointTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Bucket = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DedupKey Key = new("t1", "volume");
    private static readonly byte[] SigningKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public async Task Opening_the_acknowledge_link_shows_the_form_and_changes_nothing()
    {
        // Arrange
        await using var app = await StartAsync();
        var alert = await OpenAlertAsync(app);
        var token = AckToken.Create(alert.Id, AckAction.Acknowledge, Bucket.AddDays(1), SigningKey);

        // Act
        var response = await app.Client.GetAsync(new Uri(app.BaseAddress, $"api/ack?alert={alert.Id}&token={token}"), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<form", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var after = await ReloadAsync(app, alert.Id);
        Assert.Equal(AlertState.Firing, after.State);
        Assert.Equal(alert.Revision, after.Revision);
    }

    [Fact]
    public async Task Posting_the_acknowledge_form_acknowledges_the_alert()
    {
        // Arrange
        await using var app = await StartAsync();
        var alert = await OpenAlertAsync(app);
        var token = AckToken.Create(alert.Id, AckAction.Acknowledge, Bucket.AddDays(1), SigningKey);

        // Act
        var response = await PostAsync(app, alert.Id, token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await ReloadAsync(app, alert.Id);
        Assert.Equal(AlertState.Acknowledged, after.State);
        Assert.Equal("Erika Muster", after.AcknowledgedBy);
    }

    [Fact]
    public async Task Posting_the_snooze_form_snoozes_the_alert_for_the_chosen_minutes()
    {
        // Arrange
        await using var app = await StartAsync();
        var alert = await OpenAlertAsync(app);
        var token = AckToken.Create(alert.Id, AckAction.Snooze, Bucket.AddDays(1), SigningKey);

        // Act
        var response = await PostAsync(app, alert.Id, token, snoozeMinutes: "240");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await ReloadAsync(app, alert.Id);
        Assert.Equal(AlertState.Snoozed, after.State);
        Assert.Equal(Bucket.AddMinutes(6).AddMinutes(240), after.SnoozedUntil);
    }

    [Fact]
    public async Task A_token_with_one_flipped_bit_gets_the_403_page_and_changes_nothing()
    {
        // Arrange
        await using var app = await StartAsync();
        var alert = await OpenAlertAsync(app);
        var bytes = Base64UrlDecode(AckToken.Create(alert.Id, AckAction.Acknowledge, Bucket.AddDays(1), SigningKey));
        bytes[^1] ^= 1;
        var token = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        // Act
        var get = await app.Client.GetAsync(new Uri(app.BaseAddress, $"api/ack?alert={alert.Id}&token={token}"), TestContext.Current.CancellationToken);
        var post = await PostAsync(app, alert.Id, token);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(AlertState.Firing, (await ReloadAsync(app, alert.Id)).State);
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }

    private static Task<HttpResponseMessage> PostAsync(TestApp app, string alertId, string token, string? snoozeMinutes = null)
    {
        var fields = new Dictionary<string, string> { ["token"] = token, ["name"] = "Erika Muster", ["note"] = "on it" };
        if (snoozeMinutes is not null) fields["snoozeMinutes"] = snoozeMinutes;
        return app.Client.PostAsync(new Uri(app.BaseAddress, $"api/ack?alert={alertId}"), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    private async Task<TestApp> StartAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:PublicBaseUrl"] = "http://alerts.example",
            ["Alerts:Security:AckSigningKey"] = Convert.ToBase64String(SigningKey),
        };
        var app = await TestApp.StartAsync(azurite, settings, triggers: false, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Bucket.AddMinutes(6))));
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("marketing-de", "Marketing")], [new TopicConfig("t1", "Topic", "contoso", null, "marketing-de")], []), TestContext.Current.CancellationToken);
        return app;
    }

    private static async Task<Alert> OpenAlertAsync(TestApp app)
    {
        var spike = TestSpikes.Opening(Key.TopicId, Key.Signal, Bucket);
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", spike)).Succeeded);
        return (await app.Services.GetRequiredService<AlertStore>().GetOpenForKeyAsync(Key, TestContext.Current.CancellationToken)).Alert!;
    }

    private static async Task<Alert> ReloadAsync(TestApp app, string id) =>
        (await app.Services.GetRequiredService<AlertStore>().GetAsync(id, TestContext.Current.CancellationToken)).Alert!;
}
