using System.Text.Json.Serialization;

namespace Alerts.Emotion;

/// <summary>Source-generated JSON metadata for persisting aggregates (house style: no reflection at run time).</summary>
[JsonSerializable(typeof(EmotionAggregate))]
public sealed partial class EmotionJsonContext : JsonSerializerContext;
