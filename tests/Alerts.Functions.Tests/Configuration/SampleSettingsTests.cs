using System.Text.Json;
using Alerts.Alerting;
using Alerts.Detection;
using Alerts.Feeds;
using Alerts.Functions.Scanning;
using Alerts.Standalone.Hosting;
using Alerts.Storage;
using Alerts.Teams;
using Alerts.Testing;

namespace Alerts.Functions.Tests.Configuration;

/// <summary>local.settings.sample.json is the settings reference: it must list every option the app binds, and nothing it does not read.</summary>
public sealed class SampleSettingsTests
{
    private static readonly (string Section, Type Options)[] Bound =
    [
        ("Alerts:Scan", typeof(ScanOptions)),
        ("Alerts:Storage", typeof(StorageOptions)),
        ("Alerts:Standalone", typeof(StandaloneOptions)),
        ("Alerts:Feeds", typeof(FeedFetchOptions)),
        ("Alerts:Teams", typeof(TeamsOptions)),
        ("Alerts:Detection", typeof(DetectionOptions)),
        ("Alerts:Lifecycle", typeof(AlertPolicy)),
    ];

    // Read directly from IConfiguration or by the Functions host rather than through an options class.
    private static readonly string[] Direct =
    [
        "FUNCTIONS_WORKER_RUNTIME", "AzureWebJobsStorage", "AlertsStorage", "POLL_FEEDS_SCHEDULE", "EVALUATE_TOPICS_SCHEDULE", "MAINTAIN_ALERTS_SCHEDULE",
        "Alerts:SeedFile", "Alerts:Demo:Enabled", "Alerts:Standalone:Enabled",
        "Alerts:PublicBaseUrl", "Alerts:Security:AckSigningKey", "TeamsWebhook:marketing_de", "TeamsWebhook:marketing_oncall",
        "APPLICATIONINSIGHTS_CONNECTION_STRING", "Alerts:Telemetry:Console",
    ];

    [Fact]
    public void Sample_settings_list_every_bound_option_and_only_known_keys()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "local.settings.sample.json")));
        var keys = sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name.Replace("__", ":", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var expected = Bound
            .SelectMany(b => b.Options.GetProperties().Where(p => p.CanWrite).Select(p => $"{b.Section}:{p.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(expected.Where(k => !keys.Contains(k)).Order());
        Assert.Empty(keys.Where(k => !expected.Contains(k) && !Direct.Contains(k)).Order());
    }
}
