using System.Text.RegularExpressions;
using Alerts.Alerting;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Alerts;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Faults;

/// <summary>Reads which alert revision a posted card shows, and the settings a test app needs to post cards.</summary>
public static partial class TeamsCards
{
    /// <summary>The card's footer line, e.g. "Alert a1b2… · Revision 1" (JSON may escape the dot as \u00B7).</summary>
    public static (string AlertId, int Revision) Footer(string body)
    {
        var m = FooterPattern().Match(body);
        Assert.True(m.Success, "the card shows its alert id and revision: " + body[..Math.Min(body.Length, 300)]);
        return (m.Groups["id"].Value, int.Parse(m.Groups["rev"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Dictionary<string, string?> Settings(LoopbackServer teams, params string[] channels)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:Teams:RequireHttps"] = "false",
            ["Alerts:Teams:PostsPerSecond"] = "4",
            ["Alerts:PublicBaseUrl"] = "http://alerts.example",
            ["Alerts:Security:AckSigningKey"] = Convert.ToBase64String(new byte[32]),
        };
        foreach (var c in channels) settings[$"TeamsWebhook:{c}"] = teams.Url($"hook/{c}").ToString();
        return settings;
    }

    public static async Task<Alert> OpenAlertAsync(TestApp app, string topicId, string signal = "volume") =>
        (await app.Services.GetRequiredService<AlertStore>().GetOpenForKeyAsync(new DedupKey(topicId, signal), TestContext.Current.CancellationToken)).Alert
        ?? throw new InvalidOperationException($"no open alert for {topicId}|{signal}");

    /// <summary>The start of the bucket before the current one: a closed bucket, as the detectors report.</summary>
    public static DateTimeOffset LastClosedBucket()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.FromMinutes(5).Ticks, TimeSpan.Zero).AddMinutes(-5);
    }

    [GeneratedRegex(@"Alert (?<id>a[0-9a-f]+) (?:·|\\u00B7) Revision (?<rev>\d+)")]
    private static partial Regex FooterPattern();
}
