using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TeamsOptions"/> (from <c>Alerts:Teams</c>, validated at startup), the rate limiter,
    /// the webhook client and its named <see cref="HttpClient"/>. <paramref name="config"/> is the root configuration.
    /// </summary>
    public static IServiceCollection AddAlertsTeams(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TeamsOptions>().Bind(config.GetSection(TeamsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton<WebhookRateLimiter>();
        services.TryAddSingleton<TeamsWebhookClient>();

        // No AddStandardResilienceHandler: its retry would re-send a POST whose answer got lost and post the card twice,
        // and its circuit breaker is shared by all channels, so one broken webhook would silence the others.
        // Retries go through the queue; the timeout is TeamsOptions.Timeout on TimeProvider (TeamsWebhookClient).
        services.AddHttpClient(TeamsWebhookClient.HttpClientName)
            .ConfigureHttpClient((sp, client) =>
                client.Timeout = sp.GetRequiredService<IOptions<TeamsOptions>>().Value.Timeout + TimeSpan.FromSeconds(5))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A Workflows trigger does not redirect; following one would turn the POST into a GET elsewhere.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            // The factory's default loggers write the request URI, and the URI is the secret (platform-facts C2).
            .RemoveAllLoggers();
        return services;
    }
}
