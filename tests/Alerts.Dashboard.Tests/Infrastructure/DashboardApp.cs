using System.Net;
using Alerts.Functions.Hosting;
using Alerts.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Dashboard.Tests.Infrastructure;

/// <summary>
/// The real app (same composition as Program.cs, as in Alerts.Functions.Tests' TestApp) on Kestrel at 127.0.0.1 and a
/// free port, against its own Azurite account, with the API keys set and the clock fixed at <see cref="Seed.Now"/>.
/// Standalone triggers are off: the tests seed storage themselves and nothing changes it behind their back.
/// </summary>
public sealed class DashboardApp : IAsyncDisposable
{
    public const string AdminKey = "admin-key-for-dashboard-tests-0123456789";
    public const string ReadKey = "read-key-for-dashboard-tests-0123456789";

    private DashboardApp(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public WebApplication App { get; }
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => App.Services;
    public FakeTimeProvider Time => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    /// <summary>The dashboard URL with the admin key in the fragment, as scripts/run-local.sh prints it.</summary>
    public Uri DashboardUrl(string? key = AdminKey, string? alertId = null)
    {
        var fragment = string.Join('&', new[] { key is null ? null : "key=" + Uri.EscapeDataString(key), alertId is null ? null : "alert=" + Uri.EscapeDataString(alertId) }.OfType<string>());
        return new Uri(BaseAddress, "api/dashboard/" + (fragment.Length > 0 ? "#" + fragment : ""));
    }

    public static async Task<DashboardApp> StartAsync(AzuriteFixture azurite)
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
            ["POLL_FEEDS_SCHEDULE"] = "0 0 0 1 1 *",
            ["EVALUATE_TOPICS_SCHEDULE"] = "0 0 0 1 1 *",
            ["MAINTAIN_ALERTS_SCHEDULE"] = "0 0 0 1 1 *",
            ["Alerts:Telemetry:Console"] = "false",
            ["Alerts:Standalone:Enabled"] = "false",
            ["Alerts:Api:AdminKey"] = AdminKey,
            ["Alerts:Api:ReadKey"] = ReadKey,
            ["Alerts:PublicBaseUrl"] = "http://alerts.example",
            ["Alerts:Security:AckSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.AddAlerts();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Seed.Now));
        var app = builder.Build();
        app.MapAlerts();
        await app.StartAsync();
        return new DashboardApp(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
