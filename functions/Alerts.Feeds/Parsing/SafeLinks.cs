using System.Buffers;

namespace Alerts.Feeds;

/// <summary>
/// Item and feed links: resolved against xml:base / the document URL (RFC 3986 §5) and kept only when the
/// result is absolute http or https. <c>javascript:</c>, <c>data:</c>, <c>file:</c> and the rest are dropped
/// with a warning, because these URLs end up as buttons in Teams cards.
/// </summary>
public static class SafeLinks
{
    /// <summary>The characters of a URI scheme (RFC 3986 §3.1).</summary>
    private static readonly SearchValues<char> s_schemeChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-.");

    public static Uri? Resolve(string? raw, Uri? baseUri, ICollection<string>? warnings)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value)) return null;

        // On Unix "/path" parses as an absolute file: URI, so only treat values with a scheme as absolute.
        var hasScheme = value.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
            && !value.AsSpan(0, colon).ContainsAnyExcept(s_schemeChars);
        Uri? uri = null;
        if (hasScheme)
        {
            Uri.TryCreate(value, UriKind.Absolute, out uri);
        }
        else if (baseUri is { IsAbsoluteUri: true } && IsHttp(baseUri))
        {
            Uri.TryCreate(baseUri, value, out uri);
        }
        else
        {
            warnings?.Add($"relative link '{Shorten(value)}' dropped: no document URL or xml:base to resolve it against");
            return null;
        }

        if (uri is not null && IsHttp(uri)) return uri;
        warnings?.Add($"link '{Shorten(value)}' dropped: only absolute http and https links are kept");
        return null;
    }

    public static bool IsHttp(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
