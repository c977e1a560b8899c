using System.Security.Cryptography;
using System.Text;

namespace Alerts.Feeds;

/// <summary>
/// The dedupe key of an item: <c>g:</c>+guid/id when the source has one, else <c>l:</c>+link, else
/// <c>h:</c>+the first 32 hex digits of SHA-256(title + "\n" + text). Stable across polls, so the scan can
/// count a redelivered item once.
/// </summary>
public static class ItemKeys
{
    public static string For(string? id, Uri? link, string title, string text)
    {
        if (!string.IsNullOrWhiteSpace(id)) return "g:" + id.Trim();
        if (link is not null) return "l:" + link.AbsoluteUri;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + text));
        return "h:" + Convert.ToHexStringLower(hash)[..32];
    }
}
