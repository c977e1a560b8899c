using Alerts.Standalone.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Standalone.Hosting;

public static class StandaloneServiceCollectionExtensions
{
    /// <summary>
    /// True when no Functions host started this process: the host always sets <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>
    /// (or the legacy <c>FUNCTIONS_HTTPWORKER_PORT</c>) for its handler (platform-facts A1).
    /// </summary>
    public static bool IsStandalone(IConfiguration configuration) =>
        !IsUnderFunctionsHost(configuration) && configuration.GetValue("Alerts:Standalone:Enabled", true);

    /// <summary>True when a Functions host started this process and so triggers it and checks function keys.</summary>
    public static bool IsUnderFunctionsHost(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration["FUNCTIONS_CUSTOMHANDLER_PORT"]) || !string.IsNullOrEmpty(configuration["FUNCTIONS_HTTPWORKER_PORT"]);

    /// <summary>Registers the queue plumbing (also used by HTTP functions that enqueue) and, in standalone mode, the trigger host.</summary>
    public static IServiceCollection AddStandaloneTriggers(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QueueClientProvider>();
        services.TryAddSingleton<QueueWakeSignals>();
        services.TryAddSingleton<QueueSender>();
        services.AddOptions<StandaloneOptions>().BindConfiguration(StandaloneOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (IsStandalone(configuration))
        {
            services.AddSingleton<StandaloneTriggerHost>();
            services.AddHostedService(sp => sp.GetRequiredService<StandaloneTriggerHost>());
        }

        return services;
    }
}
