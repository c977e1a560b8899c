using System.Text.Json;
using System.Text.Json.Serialization;
using Alerts.Functions.Api.Contracts;

namespace Alerts.Functions.Api;

/// <summary>
/// Source-generated JSON for the HTTP API. Strict on input: unknown members, nulls where a value is required and
/// missing required members are errors that name the member (a typo in "sensitivity" must not be silently ignored).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(TopicBody))]
[JsonSerializable(typeof(TopicView))]
[JsonSerializable(typeof(ItemList<TopicView>))]
[JsonSerializable(typeof(FeedBody))]
[JsonSerializable(typeof(FeedView))]
[JsonSerializable(typeof(ItemList<FeedView>))]
[JsonSerializable(typeof(ChannelBody))]
[JsonSerializable(typeof(ChannelView))]
[JsonSerializable(typeof(ItemList<ChannelView>))]
[JsonSerializable(typeof(AlertView))]
[JsonSerializable(typeof(ItemList<AlertView>))]
[JsonSerializable(typeof(AlertActionBody))]
[JsonSerializable(typeof(HealthView))]
[JsonSerializable(typeof(ScanCommand))]
[JsonSerializable(typeof(ScanStatus))]
[JsonSerializable(typeof(ScanJob))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
