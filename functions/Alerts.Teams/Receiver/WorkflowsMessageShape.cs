using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>
/// The envelope a Workflows "When a Teams webhook request is received" trigger takes (platform-facts C2, "Payload"):
/// <c>type</c> = <c>message</c> and a non-empty <c>attachments</c> array of adaptive cards.
/// </summary>
public static class WorkflowsMessageShape
{
    public static bool IsValid(JsonNode? root, out string? error)
    {
        error = Check(root);
        return error is null;
    }

    private static string? Check(JsonNode? root)
    {
        if (root is not JsonObject message)
        {
            return "the body is not a JSON object";
        }

        if (message["type"] is not JsonValue type || !type.TryGetValue<string>(out var t) || t != "message")
        {
            return "'type' must be \"message\"";
        }

        if (message["attachments"] is not JsonArray { Count: > 0 } attachments)
        {
            return "'attachments' must be a non-empty array";
        }

        for (var i = 0; i < attachments.Count; i++)
        {
            if (attachments[i] is not JsonObject attachment)
            {
                return $"attachments[{i}] is not an object";
            }

            if (attachment["contentType"] is not JsonValue ct || !ct.TryGetValue<string>(out var contentType) || contentType != AlertCardBuilder.AdaptiveCardContentType)
            {
                return $"attachments[{i}].contentType must be \"{AlertCardBuilder.AdaptiveCardContentType}\"";
            }

            if (attachment["content"] is not JsonObject card || card["type"] is not JsonValue ctype || !ctype.TryGetValue<string>(out var cardType) || cardType != "AdaptiveCard")
            {
                return $"attachments[{i}].content must be an AdaptiveCard object";
            }
        }

        return null;
    }
}
