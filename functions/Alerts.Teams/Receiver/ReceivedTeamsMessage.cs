using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>One message the local receiver accepted.</summary>
public sealed record ReceivedTeamsMessage(long Sequence, string Channel, DateTimeOffset ReceivedAt, JsonObject Payload);
