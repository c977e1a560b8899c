using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Storage.Connections;
using Alerts.Storage.Feeds;
using Alerts.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the stores; the connection is resolved (and a missing one reported by name) at start-up.</summary>
    public static IServiceCollection AddAlertsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => StorageConnection.FromConfiguration(configuration, sp.GetRequiredService<IOptions<StorageOptions>>().Value.Connection));
        services.AddSingleton(sp => new AlertsTables(sp.GetRequiredService<StorageConnection>().CreateTableServiceClient(), sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<ConfigStore>();
        services.AddSingleton<FeedStateStore>();
        services.AddSingleton<BucketStore>();
        services.AddSingleton<Detection.DetectorStateStore>();
        services.AddSingleton<Detection.ExpectationStore>();
        services.AddSingleton<Alerts.AlertStore>();
        services.AddSingleton<Alerts.DeliveryStore>();
        services.AddSingleton<Scans.ScanStore>();
        services.AddSingleton<Alerts.SilenceStore>();
        return services;
    }
}
