namespace Alerts.Teams;

/// <summary>
/// Keeps only absolute http/https links. The card schema accepts any <c>uri-reference</c>, so
/// <c>javascript:</c>, <c>data:</c> and relative links would pass it; we refuse them here (shared/schemas/README.md).
/// </summary>
public static class SafeLink
{
    /// <summary>Longer links are dropped: they would eat the message budget and no real post link needs them.</summary>
    public const int MaxLength = 2048;

    public static string? Normalize(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        var text = uri.AbsoluteUri;
        return text.Length > MaxLength ? null : text;
    }

    /// <summary>The link as a Markdown link target: parentheses and spaces are percent-encoded so they cannot close the link early.</summary>
    public static string? ForMarkdown(Uri? uri) =>
        Normalize(uri)?.Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal);
}
