using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Feeds.Tests;

/// <summary>The real registration (AddAlertsFeeds) with test settings layered over the defaults.</summary>
public static class FeedServices
{
    public static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("Alerts:Feeds:" + s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddAlertsFeeds(config).BuildServiceProvider();
    }

    /// <summary>Loopback allowed (the test server), every other private range still refused.</summary>
    public static ServiceProvider Loopback(params (string Key, string Value)[] settings) =>
        Build([("AllowLoopback", "true"), .. settings]);
}
