using System.Collections.Concurrent;
using Alerts.Storage.Connections;
using Azure.Data.Tables;

namespace Alerts.Storage.Tables;

/// <summary>
/// Table clients for the app's data, each table created once per process. <see cref="StorageOptions.TablePrefix"/>
/// lets tests share one Azurite with unique table names.
/// </summary>
public sealed class AlertsTables(TableServiceClient service, StorageOptions options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);

    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken) =>
        CreateOnce.GetAsync(_tables, name, async () =>
        {
            var client = service.GetTableClient(options.TablePrefix + name);
            await StorageAccessErrors.NameRoleOnDenialAsync(() => client.CreateIfNotExistsAsync(CancellationToken.None), StorageAccessErrors.TableRole, $"table '{client.Name}'");
            return client;
        }, cancellationToken);
}
