using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Alerts.Feeds;

public static class FeedServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FeedReader"/>, the adapters and the guarded HTTP client, with options from
    /// <c>Alerts:Feeds</c> validated at start-up.
    /// </summary>
    public static IServiceCollection AddAlertsFeeds(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddOptions<FeedFetchOptions>().Bind(config.GetSection(FeedFetchOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FeedFetchOptions>, FeedFetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(FeedHttpFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Redirects are followed by FeedHttpFetcher so every hop is checked; no proxy, so ConnectCallback sees the real peer.
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = new GuardedConnector(sp.GetRequiredService<IOptions<FeedFetchOptions>>().Value).ConnectAsync,
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) => ResiliencePolicy.Configure(resilience, sp.GetRequiredService<IOptions<FeedFetchOptions>>().Value))
            .SelectPipelineByAuthority();

        services.TryAddSingleton<FeedHttpFetcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFeedAdapter, RssFeedAdapter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFeedAdapter, AtomFeedAdapter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFeedAdapter, JsonFeedAdapter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFeedAdapter, AutoFeedAdapter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFeedAdapter, MastodonAdapter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFeedAdapter, BlueskyAdapter>());
        services.TryAddSingleton<FeedReader>();
        services.TryAddSingleton<IFeedReader>(sp => sp.GetRequiredService<FeedReader>());
        return services;
    }
}
