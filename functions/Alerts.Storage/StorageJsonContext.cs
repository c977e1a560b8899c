using System.Text.Json;
using System.Text.Json.Serialization;
using Alerts.Domain.Configuration;
using Alerts.Storage.Buckets;
using Alerts.Storage.Feeds;

namespace Alerts.Storage;

/// <summary>Source-generated JSON for everything stored as a JSON property.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BucketAggregate))]
[JsonSerializable(typeof(BucketDocument))]
[JsonSerializable(typeof(PendingScan))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(AlertsConfiguration))]
public sealed partial class StorageJsonContext : JsonSerializerContext;
