using System.Text;
using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>
/// Renders Adaptive Card JSON as plain HTML for the development receiver: text blocks, fact sets, containers,
/// tables, charts (as their fallback), and actions as links. Not a full renderer; unknown elements show their type.
/// </summary>
internal static class CardHtmlRenderer
{
    private const int MaxDepth = 12;

    public static string Render(JsonObject card)
    {
        var html = new StringBuilder();
        Elements(html, card["body"] as JsonArray, 0);
        Actions(html, card["actions"] as JsonArray, 0);
        return html.ToString();
    }

    private static void Elements(StringBuilder html, JsonArray? elements, int depth)
    {
        if (elements is null || depth > MaxDepth)
        {
            return;
        }

        foreach (var element in elements.OfType<JsonObject>())
        {
            Element(html, element, depth);
        }
    }

    private static void Element(StringBuilder html, JsonObject e, int depth)
    {
        var type = Str(e["type"]);
        switch (type)
        {
            case "TextBlock":
                var tag = Str(e["size"]) is "Large" or "ExtraLarge" ? "h3" : "p";
                var cls = Str(e["isSubtle"]) == "true" ? " class=\"muted\"" : string.Empty;
                var text = CardMarkdown.ToHtml(Str(e["text"]));
                html.Append('<').Append(tag).Append(cls).Append('>')
                    .Append(Str(e["weight"]) == "Bolder" && tag == "p" ? "<strong>" + text + "</strong>" : text)
                    .Append("</").Append(tag).Append(">\n");
                break;
            case "FactSet":
                html.Append("<dl>\n");
                foreach (var fact in (e["facts"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    html.Append("<dt>").Append(CardMarkdown.ToHtml(Str(fact["title"]))).Append("</dt><dd>")
                        .Append(CardMarkdown.ToHtml(Str(fact["value"]))).Append("</dd>\n");
                }

                html.Append("</dl>\n");
                break;
            case "Container":
                html.Append("<div class=\"container\">\n");
                Elements(html, e["items"] as JsonArray, depth + 1);
                html.Append("</div>\n");
                break;
            case "ColumnSet":
                foreach (var column in (e["columns"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    Elements(html, column["items"] as JsonArray, depth + 1);
                }

                break;
            case "Table":
                Table(html, e, depth);
                break;
            case "ActionSet":
                Actions(html, e["actions"] as JsonArray, depth + 1);
                break;
            case "Image":
                html.Append("<p class=\"muted\">[image: ").Append(HtmlPage.Encode(Str(e["altText"]))).Append("]</p>\n");
                break;
            default:
                Fallback(html, e, type, depth);
                break;
        }
    }

    private static void Table(StringBuilder html, JsonObject e, int depth)
    {
        html.Append("<table>\n");
        foreach (var row in (e["rows"] as JsonArray ?? []).OfType<JsonObject>())
        {
            html.Append("<tr>");
            foreach (var cell in (row["cells"] as JsonArray ?? []).OfType<JsonObject>())
            {
                html.Append("<td>");
                Elements(html, cell["items"] as JsonArray, depth + 1);
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>Charts and unknown elements: name them, then render their fallback like a client that does not know them would.</summary>
    private static void Fallback(StringBuilder html, JsonObject e, string type, int depth)
    {
        var title = Str(e["title"]);
        html.Append("<p class=\"muted\">[").Append(HtmlPage.Encode(type)).Append(title.Length > 0 ? ": " + HtmlPage.Encode(title) : string.Empty)
            .Append(e["fallback"] is JsonObject ? ", shown as its fallback" : string.Empty).Append("]</p>\n");
        if (e["fallback"] is JsonObject fallback)
        {
            Element(html, fallback, depth + 1);
        }
    }

    private static void Actions(StringBuilder html, JsonArray? actions, int depth)
    {
        if (actions is null || actions.Count == 0 || depth > MaxDepth)
        {
            return;
        }

        html.Append("<p class=\"actions\">");
        foreach (var action in actions.OfType<JsonObject>())
        {
            var title = HtmlPage.Encode(Str(action["title"]));
            switch (Str(action["type"]))
            {
                case "Action.OpenUrl" when Uri.TryCreate(Str(action["url"]), UriKind.Absolute, out var uri) && SafeLink.Normalize(uri) is { } url:
                    html.Append("<a class=\"button\" href=\"").Append(HtmlPage.Encode(url)).Append("\" rel=\"noopener noreferrer\">").Append(title).Append("</a> ");
                    break;
                case "Action.ShowCard" when action["card"] is JsonObject card:
                    html.Append("<details><summary>").Append(title).Append("</summary>");
                    Elements(html, card["body"] as JsonArray, depth + 1);
                    html.Append("</details> ");
                    break;
                default:
                    html.Append("<span class=\"badge\">").Append(HtmlPage.Encode(Str(action["type"]))).Append(": ").Append(title).Append("</span> ");
                    break;
            }
        }

        html.Append("</p>\n");
    }

    private static string Str(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        null => string.Empty,
        _ => node.ToJsonString(),
    };
}
