using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Alerts.Storage.Connections;

/// <summary>
/// A named storage connection resolved the way the Functions host resolves binding connections:
/// <c>{name}</c> holds a connection string (Azurite locally), or <c>{name}__queueServiceUri</c>,
/// <c>__tableServiceUri</c>, <c>__blobServiceUri</c> (with optional <c>__credential</c>/<c>__clientId</c>)
/// select identity-based access in Azure. The same setting names serve the host and the app.
/// </summary>
public sealed class StorageConnection
{
    private readonly string? _connectionString;
    private readonly Uri? _tableUri;
    private readonly Uri? _queueUri;
    private readonly Uri? _blobUri;
    private readonly TokenCredential? _credential;

    private StorageConnection(string name, string? connectionString, Uri? table, Uri? queue, Uri? blob, TokenCredential? credential)
    {
        Name = name;
        _connectionString = connectionString;
        _tableUri = table;
        _queueUri = queue;
        _blobUri = blob;
        _credential = credential;
    }

    public string Name { get; }

    public bool IsIdentityBased => _connectionString is null;

    /// <summary>Reads the connection; a missing or malformed one fails here, naming the keys to set.</summary>
    public static StorageConnection FromConfiguration(IConfiguration configuration, string name)
    {
        var connectionString = configuration[name];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            if (!connectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)
                && !connectionString.Contains("AccountName=", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Setting '{name}' is not a storage connection string (expected AccountName=… or UseDevelopmentStorage=true).");
            }

            return new StorageConnection(name, connectionString, null, null, null, null);
        }

        var section = configuration.GetSection(name);
        Uri? Endpoint(string key)
        {
            var raw = section[key];
            if (string.IsNullOrWhiteSpace(raw)) return null;
            return Uri.TryCreate(raw, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                ? uri
                : throw new InvalidOperationException($"Setting '{name}__{key}' must be an absolute https URI, got '{raw}'.");
        }

        var (table, queue, blob) = (Endpoint("tableServiceUri"), Endpoint("queueServiceUri"), Endpoint("blobServiceUri"));
        if (table is null && queue is null && blob is null)
        {
            throw new InvalidOperationException(
                $"Storage connection '{name}' is not configured: set '{name}' to a connection string (Azurite: see local.settings.sample.json) " +
                $"or '{name}__tableServiceUri', '{name}__queueServiceUri' and '{name}__blobServiceUri' for managed identity.");
        }

        var clientId = section["clientId"];
        TokenCredential credential = string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
        return new StorageConnection(name, null, table, queue, blob, credential);
    }

    public TableServiceClient CreateTableServiceClient() =>
        _connectionString is not null ? new TableServiceClient(_connectionString)
        : new TableServiceClient(Require(_tableUri, "tableServiceUri"), _credential);

    /// <summary>Queue clients send and receive raw text; <see cref="Queues.QueueMessageCodec"/> applies the host's base64 encoding.</summary>
    public QueueServiceClient CreateQueueServiceClient()
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        return _connectionString is not null ? new QueueServiceClient(_connectionString, options)
            : new QueueServiceClient(Require(_queueUri, "queueServiceUri"), _credential, options);
    }

    public BlobServiceClient CreateBlobServiceClient() =>
        _connectionString is not null ? new BlobServiceClient(_connectionString)
        : new BlobServiceClient(Require(_blobUri, "blobServiceUri"), _credential);

    private Uri Require(Uri? uri, string key) =>
        uri ?? throw new InvalidOperationException($"Storage connection '{Name}' has no '{Name}__{key}' setting.");
}
