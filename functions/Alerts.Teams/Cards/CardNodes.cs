using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>Small factories for the card elements used everywhere, so every TextBlock wraps.</summary>
internal static class CardNodes
{
    public static JsonObject Text(string text, bool subtle = false, bool bold = false, string? size = null, string? color = null)
    {
        var node = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            node["isSubtle"] = true;
        }

        if (bold)
        {
            node["weight"] = "Bolder";
        }

        if (size is not null)
        {
            node["size"] = size;
        }

        if (color is not null)
        {
            node["color"] = color;
        }

        return node;
    }

    public static JsonObject Heading(string text) =>
        new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true, ["weight"] = "Bolder", ["spacing"] = "Medium" };

    public static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    public static JsonObject OpenUrl(string title, string url, string? style = null)
    {
        var node = new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };
        if (style is not null)
        {
            node["style"] = style;
        }

        return node;
    }
}
