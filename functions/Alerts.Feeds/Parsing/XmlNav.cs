using System.Xml.Linq;

namespace Alerts.Feeds;

/// <summary>
/// Direct-child lookups (a direct child wins over a deeper element of the same name: bench-data
/// <c>wellformed/node_precedence</c>), inherited <c>xml:base</c> (XML Base §4.2) and <c>xml:lang</c>.
/// </summary>
internal static class XmlNav
{
    public static XElement? Child(XElement parent, string localName, params XNamespace[] namespaces) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && Array.IndexOf(namespaces, e.Name.Namespace) >= 0);

    public static IEnumerable<XElement> Children(XElement parent, string localName, params XNamespace[] namespaces) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && Array.IndexOf(namespaces, e.Name.Namespace) >= 0);

    public static string? Value(XElement? element) => element?.Value;

    public static Uri? BaseOf(XElement element, Uri? documentUrl)
    {
        var bases = element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "base")).Where(b => b is not null).Reverse();
        var current = documentUrl;
        foreach (var b in bases)
        {
            var value = b!.Trim();
            if (current is not null && Uri.TryCreate(current, value, out var combined))
            {
                current = combined;
            }
            else if (value.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(value, UriKind.Absolute, out var absolute))
            {
                current = absolute;
            }
        }

        return current;
    }

    public static string? LanguageOf(XElement element) =>
        element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "lang")).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim();
}
