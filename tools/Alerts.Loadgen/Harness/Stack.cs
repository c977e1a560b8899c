using System.Security.Cryptography;
using Alerts.Storage;
using Alerts.Storage.Tables;
using Alerts.Testing;
using Azure.Data.Tables;

namespace Alerts.Loadgen.Harness;

/// <summary>
/// Azurite (from node_modules, free ports, in memory), counting proxies in front of its table and queue services,
/// and the local feed/Teams peers. <see cref="AppEnvironment"/> gives an app instance the settings that point it here.
/// </summary>
public sealed class Stack : IAsyncDisposable
{
    private readonly AzuriteFixture _azurite;

    private Stack(AzuriteFixture azurite, CountingProxy tables, CountingProxy queues, LocalPeers peers, string workDir)
    {
        _azurite = azurite;
        Tables = tables;
        Queues = queues;
        Peers = peers;
        WorkDir = workDir;
    }

    public CountingProxy Tables { get; }

    public CountingProxy Queues { get; }

    public LocalPeers Peers { get; }

    public string WorkDir { get; }

    /// <summary>The app's build output (host.json and the function folders beside Alerts.Functions.dll).</summary>
    public static string AppDir => Path.Combine(RepoPaths.Root, "functions", "Alerts.Functions", "bin", "Release", "net10.0");

    public static async Task<Stack> StartAsync(string workDir)
    {
        if (!File.Exists(Path.Combine(AppDir, "Alerts.Functions.dll")))
        {
            throw new InvalidOperationException($"no Release build of the app at {AppDir}: run 'dotnet build functions/Alerts.Functions -c Release' (the scripts do)");
        }

        Directory.CreateDirectory(workDir);
        var azurite = new AzuriteFixture();
        await azurite.StartAsync();
        return new Stack(azurite, await CountingProxy.StartAsync(azurite.TablePort), await CountingProxy.StartAsync(azurite.QueuePort), await LocalPeers.StartAsync(), workDir);
    }

    /// <summary>A fresh storage account (its own tables, queues, blobs) for one scenario.</summary>
    public Account NewAccount()
    {
        var direct = _azurite.NewAccountConnectionString();
        var name = direct.Split(';').First(p => p.StartsWith("AccountName=", StringComparison.Ordinal))["AccountName=".Length..];
        var proxied = direct
            .Replace($":{_azurite.TablePort}/", $":{Tables.Port}/", StringComparison.Ordinal)
            .Replace($":{_azurite.QueuePort}/", $":{Queues.Port}/", StringComparison.Ordinal);
        return new Account(name, direct, proxied);
    }

    /// <summary>Settings for one app instance: storage through the proxies, the seed file, schedules, Teams webhooks.</summary>
    public static Dictionary<string, string> AppEnvironment(Account account, string seedFile, Schedules schedules, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AlertsStorage"] = account.Proxied,
            // Timer leases and status blobs: not app data, so not counted.
            ["AzureWebJobsStorage"] = account.Direct,
            ["POLL_FEEDS_SCHEDULE"] = schedules.PollFeeds,
            ["EVALUATE_TOPICS_SCHEDULE"] = schedules.EvaluateTopics,
            ["MAINTAIN_ALERTS_SCHEDULE"] = schedules.MaintainAlerts,
            ["Alerts__SeedFile"] = seedFile,
            ["Alerts__Feeds__AllowLoopback"] = "true",
            ["Alerts__Teams__RequireHttps"] = "false",
            ["Alerts__Security__AckSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Alerts__Api__AdminKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), // standalone refuses to start without one
            ["Alerts__Telemetry__Console"] = "false",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        };
        foreach (var (key, value) in extra ?? []) env[key] = value;
        return env;
    }

    /// <summary>The app's tables, read directly (not through the counting proxy).</summary>
    public static AlertsTables TablesOf(Account account) =>
        new(new TableServiceClient(account.Direct), new StorageOptions());

    public async ValueTask DisposeAsync()
    {
        await Peers.DisposeAsync();
        await Tables.DisposeAsync();
        await Queues.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}

/// <summary>A storage account: its direct connection string and the one through the counting proxies.</summary>
public sealed record Account(string Name, string Direct, string Proxied);

/// <summary>The three timer schedules (6-field NCRONTAB). <see cref="Production"/> are infra/main.bicep's defaults.</summary>
public sealed record Schedules(string PollFeeds, string EvaluateTopics, string MaintainAlerts)
{
    public static Schedules Production { get; } = new("0 * * * * *", "10 * * * * *", "30 * * * * *");
}
