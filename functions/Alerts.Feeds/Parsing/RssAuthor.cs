using System.Text.RegularExpressions;

namespace Alerts.Feeds;

/// <summary>
/// RSS <c>author</c> is "an email address" (RSS 2.0 spec) and in practice <c>me@example.com (Name)</c> or
/// <c>Name &lt;me@example.com&gt;</c>. Alerts show a name, so the address is removed when a name is present.
/// </summary>
internal static partial class RssAuthor
{
    public static string? Name(string? raw)
    {
        var value = HtmlText.CollapseWhitespace(raw);
        if (value.Length == 0) return null;
        var paren = Parenthesised().Match(value);
        if (paren.Success && Email().IsMatch(value[..paren.Index])) return paren.Groups[1].Value.Trim();
        var withoutEmail = Email().Replace(value, string.Empty).Replace("<>", string.Empty, StringComparison.Ordinal).Replace("()", string.Empty, StringComparison.Ordinal).Trim();
        return withoutEmail.Length > 0 ? withoutEmail : value;
    }

    [GeneratedRegex(@"\(([^()]+)\)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"<?\bmailto:?[^\s<>()]+@[^\s<>()]+>?|<?[^\s<>()]+@[^\s<>()]+>?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Email();
}
