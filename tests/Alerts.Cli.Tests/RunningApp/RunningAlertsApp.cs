using System.Net;
using Alerts.Functions.Hosting;
using Alerts.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Alerts.Cli.Tests.RunningApp;

/// <summary>
/// The real app (same composition as its Program.cs, as in Alerts.Functions.Tests' TestApp) on Kestrel at 127.0.0.1
/// and a free port, against its own Azurite account, so the CLI is tested against the API it will really talk to.
/// </summary>
public sealed class RunningAlertsApp : IAsyncDisposable
{
    public const string AdminKey = "cli-test-admin-key-0123456789";

    private RunningAlertsApp(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
    }

    public WebApplication App { get; }
    public Uri BaseAddress { get; }
    public IServiceProvider Services => App.Services;

    public static async Task<RunningAlertsApp> StartAsync(AzuriteFixture azurite, bool triggers, IDictionary<string, string?>? settings = null)
    {
        var storage = azurite.NewAccountConnectionString();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Path.Combine(RepoPaths.Root, "functions", "Alerts.Functions"),
            EnvironmentName = "Development",
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AlertsStorage"] = storage,
            ["AzureWebJobsStorage"] = storage,
            // Timers that would change state behind the test's back never fire; queues run when triggers are on.
            ["POLL_FEEDS_SCHEDULE"] = "0 0 0 1 1 *",
            ["EVALUATE_TOPICS_SCHEDULE"] = "0 0 0 1 1 *",
            ["MAINTAIN_ALERTS_SCHEDULE"] = "0 0 0 1 1 *",
            ["Alerts:Feeds:AllowLoopback"] = "true",
            ["Alerts:Telemetry:Console"] = "false",
            ["Alerts:Standalone:Enabled"] = triggers ? "true" : "false",
            ["Alerts:Api:AdminKey"] = AdminKey,
            ["Alerts:PublicBaseUrl"] = "http://alerts.example",
            ["Alerts:Security:AckSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.AddAlerts();
        var app = builder.Build();
        app.MapAlerts();
        await app.StartAsync();
        return new RunningAlertsApp(app, new Uri(app.Urls.First() + "/"));
    }

    /// <summary>The CLI arguments pointing at this app with the admin key.</summary>
    public string[] Args(params string[] args) => [.. args, "--server", BaseAddress.AbsoluteUri, "--key", AdminKey];

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
