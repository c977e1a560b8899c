using System.Text;

namespace Alerts.Teams;

/// <summary>
/// Renders the card Markdown subset we emit (backslash escapes, <c>**bold**</c>, <c>[text](url)</c>) as HTML for the
/// local receiver page. Everything else is encoded as text; only absolute http/https links become anchors.
/// </summary>
internal static class CardMarkdown
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder(markdown.Length + 32);
        var bold = false;
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && char.IsAsciiLetterOrDigit(markdown[i + 1]) is false && markdown[i + 1] < 128)
            {
                html.Append(HtmlPage.Encode(markdown[i + 1].ToString()));
                i++;
            }
            else if (c == '*' && i + 1 < markdown.Length && markdown[i + 1] == '*')
            {
                html.Append(bold ? "</strong>" : "<strong>");
                bold = !bold;
                i++;
            }
            else if (c == '[' && TryLink(markdown, i, out var text, out var url, out var end))
            {
                var target = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? SafeLink.Normalize(uri) : null;
                var label = ToHtml(text);
                html.Append(target is null ? label : $"<a href=\"{HtmlPage.Encode(target)}\" rel=\"noopener noreferrer\">{label}</a>");
                i = end;
            }
            else
            {
                html.Append(HtmlPage.Encode(c.ToString()));
            }
        }

        if (bold)
        {
            html.Append("</strong>");
        }

        return html.ToString();
    }

    /// <summary>Finds <c>[text](url)</c> starting at <paramref name="start"/>, honouring backslash escapes in the text.</summary>
    private static bool TryLink(string s, int start, out string text, out string url, out int end)
    {
        text = url = string.Empty;
        end = start;
        var i = start + 1;
        while (i < s.Length && s[i] != ']')
        {
            i += s[i] == '\\' ? 2 : 1;
        }

        if (i + 1 >= s.Length || s[i] != ']' || s[i + 1] != '(')
        {
            return false;
        }

        var close = s.IndexOf(')', i + 2);
        if (close < 0)
        {
            return false;
        }

        text = s[(start + 1)..i];
        url = s[(i + 2)..close];
        end = close;
        return true;
    }
}
