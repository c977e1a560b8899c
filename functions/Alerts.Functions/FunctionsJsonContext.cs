using System.Text.Json;
using System.Text.Json.Serialization;
using Alerts.Domain.Configuration;
using Alerts.Domain.Scanning;

namespace Alerts.Functions;

/// <summary>Source-generated JSON for queue messages and configuration files.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ScanRequest))]
[JsonSerializable(typeof(SpikeMessage))]
[JsonSerializable(typeof(AlertsConfiguration))]
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
