using System.Text.Json;
using System.Text.Json.Serialization;
using Alerts.Cli.Remote.Contracts;

namespace Alerts.Cli.Remote;

/// <summary>
/// Source-generated JSON for the app's answers. Lenient on purpose (the app is strict on what it receives): unknown
/// members are ignored so an older CLI still reads a newer app. Request bodies are built as JsonObject instead.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProblemBody))]
[JsonSerializable(typeof(ItemList<TopicView>))]
[JsonSerializable(typeof(TopicView))]
[JsonSerializable(typeof(ItemList<FeedView>))]
[JsonSerializable(typeof(FeedView))]
[JsonSerializable(typeof(ItemList<AlertView>))]
[JsonSerializable(typeof(AlertView))]
[JsonSerializable(typeof(ScanStatus))]
public sealed partial class CliJsonContext : JsonSerializerContext;
