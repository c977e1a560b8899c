using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>The receiver's overview page: every stored message, newest first, each card rendered server-side; refreshes every 5 s.</summary>
internal static class TeamsReceiverPage
{
    public static string Render(IReadOnlyList<ReceivedTeamsMessage> messages, string prefix)
    {
        var html = new StringBuilder();
        html.Append("<h1>Local Teams receiver</h1>\n<p class=\"muted\">")
            .Append(messages.Count.ToString(CultureInfo.InvariantCulture))
            .Append(" message(s), newest first. POST Workflows payloads to <code>")
            .Append(HtmlPage.Encode(prefix)).Append("/{channel}</code>. This page refreshes every 5 s.</p>\n");
        foreach (var m in messages)
        {
            html.Append("<article class=\"card\">\n<p class=\"muted\"><span class=\"badge\">#")
                .Append(HtmlPage.Encode(m.Channel)).Append("</span> ")
                .Append(m.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture))
                .Append(" · message ").Append(m.Sequence.ToString(CultureInfo.InvariantCulture)).Append("</p>\n");
            if (m.Payload["summary"] is JsonValue summary && summary.TryGetValue<string>(out var text))
            {
                html.Append("<p class=\"muted\">summary: ").Append(HtmlPage.Encode(text)).Append("</p>\n");
            }

            foreach (var card in (m.Payload["attachments"] as JsonArray ?? []).OfType<JsonObject>().Select(a => a["content"]).OfType<JsonObject>())
            {
                html.Append(CardHtmlRenderer.Render(card));
            }

            html.Append("</article>\n");
        }

        return HtmlPage.Document("en", "Local Teams receiver", html.ToString(), "<meta http-equiv=\"refresh\" content=\"5\">\n");
    }
}
