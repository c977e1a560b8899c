using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>The digest card: one line per alert (title, numbers, window, links), newest first, with a "… and N more" line.</summary>
internal static class DigestCardBody
{
    public static JsonObject Build(IReadOnlyList<AlertCardModel> models, CardStrings s, CardBudget budget)
    {
        var title = string.Format(s.Culture, s.DigestTitle, models.Count);
        var body = new JsonArray(CardNodes.Text(CardText.EscapeMarkdown(title), bold: true, size: "Large"));

        // Each rung of the ladder halves the lines roughly like it halves the chart points.
        var maxLines = Math.Max(0, budget.MaxChartPoints / 2);
        var shown = models.OrderByDescending(m => m.WindowEnd).Take(maxLines).ToList();
        foreach (var m in shown)
        {
            var line = AlertCardBody.MarkdownTitle(m, s, budget.MaxTitleLength);
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["items"] = new JsonArray(
                    CardNodes.Text("**" + line + "**"),
                    CardNodes.Text(CardText.EscapeMarkdown(s.StateLabel(m.State)) + " · " + AlertCardBody.Headline(m, s) + Links(m, s), subtle: true)),
            });
        }

        if (models.Count > shown.Count)
        {
            body.Add(CardNodes.Text(string.Format(s.Culture, s.DigestMore, models.Count - shown.Count), subtle: true));
        }

        var summary = CardText.Unmarked(title + (shown.Count > 0 ? " – " + AlertCardBody.Title(shown[0], s, 60) : string.Empty), 400);
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["lang"] = s.LanguageTag,
            ["fallbackText"] = summary,
            ["speak"] = summary,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
        };
        if (models.Select(m => SafeLink.Normalize(m.DashboardUrl)).FirstOrDefault(u => u is not null) is { } dashboard)
        {
            card["actions"] = new JsonArray(CardNodes.OpenUrl(s.Dashboard, dashboard));
        }

        return card;
    }

    private static string Links(AlertCardModel m, CardStrings s)
    {
        var links = new List<string>();
        var open = !string.Equals(m.State, "resolved", StringComparison.OrdinalIgnoreCase);
        if (open && SafeLink.ForMarkdown(m.AcknowledgeUrl) is { } ack)
        {
            links.Add($"[{s.Acknowledge}]({ack})");
        }

        if (SafeLink.ForMarkdown(m.DashboardUrl) is { } dashboard)
        {
            links.Add($"[{s.Dashboard}]({dashboard})");
        }

        return links.Count == 0 ? string.Empty : " · " + string.Join(" · ", links);
    }
}
