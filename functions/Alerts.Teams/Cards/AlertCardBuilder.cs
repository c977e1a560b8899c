using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>
/// Builds the Adaptive Card 1.5 for an alert and the Workflows webhook message around it.
/// The serialized message never exceeds <see cref="MaxMessageBytes"/>: lists and texts shrink rung by rung
/// (<see cref="CardBudget.Ladder"/>) until it fits; building never fails because of size.
/// </summary>
public static class AlertCardBuilder
{
    /// <summary>Teams rejects messages above about 28 KB, counting everything (platform-facts C2, "Size limit"); we keep a margin.</summary>
    public const int MaxMessageBytes = 27_000;

    /// <summary>The attachment content type the Workflows trigger expects (platform-facts C2, "Payload").</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    // Relaxed escaping: "ü" stays two UTF-8 bytes instead of a six-byte \u00FC, which matters under the size cap.
    // The JSON is posted to an API, never embedded in HTML, so HTML-sensitive characters need no escaping.
    private static readonly JsonSerializerOptions WireOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card alone (the <c>content</c> of the message's attachment), already fitted to the size cap.</summary>
    public static JsonObject BuildCard(AlertCardModel model, CardLanguage language) =>
        (JsonObject)BuildMessage(model, language)["attachments"]![0]!["content"]!.DeepClone();

    /// <summary>The message to POST: <c>{type: message, attachments: [{contentType, contentUrl: null, content: card}]}</c>.</summary>
    public static JsonObject BuildMessage(AlertCardModel model, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(model);
        var s = CardStrings.For(language);
        return Fit(budget =>
        {
            var card = AlertCardBody.Build(model, s, budget);
            return Envelope(card, card["fallbackText"]!.GetValue<string>());
        });
    }

    /// <summary>
    /// One message summarising several alerts, for a channel whose hourly budget is spent
    /// (<see cref="WebhookRateLimiter"/>). Returns the full message, like <see cref="BuildMessage"/>.
    /// </summary>
    public static JsonObject BuildDigest(IReadOnlyList<AlertCardModel> models, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(models);
        var s = CardStrings.For(language);
        return Fit(budget =>
        {
            var card = DigestCardBody.Build(models, s, budget);
            return Envelope(card, card["fallbackText"]!.GetValue<string>());
        });
    }

    /// <summary>Compact JSON as it goes on the wire; its UTF-8 length is what the cap measures.</summary>
    public static string Serialize(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ToJsonString(WireOptions);
    }

    /// <summary>UTF-8 size of <see cref="Serialize"/>'s output.</summary>
    public static int MeasureBytes(JsonObject message) => Encoding.UTF8.GetByteCount(Serialize(message));

    private static JsonObject Fit(Func<CardBudget, JsonObject> build)
    {
        JsonObject? message = null;
        foreach (var budget in CardBudget.Ladder)
        {
            message = build(budget);
            if (MeasureBytes(message) <= MaxMessageBytes)
            {
                return message;
            }
        }

        // Unreachable with the bounded last rung (texts truncated, links ≤ 2 KB); kept so a future change fails safe.
        return Envelope(
            new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.5",
                ["body"] = new JsonArray(CardNodes.Text("Alert")),
            },
            "Alert");
    }

    private static JsonObject Envelope(JsonObject card, string summary) => new()
    {
        ["type"] = "message",
        // Activity "summary": notification text where the channel shows one [UNVERIFIED for Workflows]; the card's fallbackText covers the rest.
        ["summary"] = summary,
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = AdaptiveCardContentType,
            ["contentUrl"] = null,
            ["content"] = card,
        }),
    };
}
