using System.Text.Json.Serialization;

namespace Alerts.Alerting;

/// <summary>
/// Source-generated JSON for storing an alert as one entity (house style). Enums are written
/// as names so stored rows stay readable and survive reordering of enum members.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(Alert))]
[JsonSerializable(typeof(SilenceRule))]
[JsonSerializable(typeof(NotificationRequest))]
public sealed partial class AlertJsonContext : JsonSerializerContext;
