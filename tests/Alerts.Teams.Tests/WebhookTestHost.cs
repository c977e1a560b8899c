using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Teams.Tests;

/// <summary>The Teams services as the app registers them, with fake time and captured logs.</summary>
internal sealed class WebhookTestHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public WebhookTestHost(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["Alerts:Teams:RequireHttps"] = "false" };
        foreach (var (key, value) in settings ?? [])
        {
            // A null value removes the key, so the option keeps its default.
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddFakeLogging();
        services.AddAlertsTeams(config);
        _provider = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero));

    public TeamsWebhookClient Client => _provider.GetRequiredService<TeamsWebhookClient>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    public IServiceProvider Services => _provider;

    public void Dispose() => _provider.Dispose();
}
