using System.Text.RegularExpressions;

namespace Alerts.Teams;

/// <summary>Removes webhook signatures (<c>sig=…</c>) from text we log or store, in case a peer echoes the URL back.</summary>
internal static partial class SecretRedactor
{
    public static string Redact(string text) => Sig().Replace(text, "sig=***");

    [GeneratedRegex(@"sig=[^&\s""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sig();
}
