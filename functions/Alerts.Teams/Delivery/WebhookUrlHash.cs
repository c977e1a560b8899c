using System.Security.Cryptography;
using System.Text;

namespace Alerts.Teams;

/// <summary>
/// A short, stable name for a webhook URL for logs and rate-limit keys. The URL itself carries its secret in
/// <c>sig=</c> and is never logged (platform-facts C2, "URL shapes").
/// </summary>
public static class WebhookUrlHash
{
    /// <summary>The first 12 hex digits of SHA-256 over the absolute URL, e.g. <c>wh-3fa2c1d09b7e</c>.</summary>
    public static string Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri));
        return "wh-" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}
