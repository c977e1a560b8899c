using System.Collections.Concurrent;
using Alerts.Storage.Connections;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Alerts.Standalone.Queues;

/// <summary>Queue clients per connection name and queue, each queue created once if missing.</summary>
public sealed class QueueClientProvider(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, QueueServiceClient> _services = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> _queues = new(StringComparer.Ordinal);

    public Task<QueueClient> GetAsync(string connection, string queueName, CancellationToken cancellationToken) =>
        CreateOnce.GetAsync(_queues, $"{connection}|{queueName}", async () =>
        {
            var service = _services.GetOrAdd(connection, c => StorageConnection.FromConfiguration(configuration, c).CreateQueueServiceClient());
            var client = service.GetQueueClient(queueName);
            await StorageAccessErrors.NameRoleOnDenialAsync(() => client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None), StorageAccessErrors.QueueRole, $"queue '{queueName}'");
            return client;
        }, cancellationToken);
}
