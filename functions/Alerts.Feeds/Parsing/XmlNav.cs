using System.Xml.Linq;

namespace Alerts.Feeds;

/// <summary>
/// Direct-child lookups (a direct child wins over a deeper element of the same name: bench-data
/// <c>wellformed/node_precedence</c>), inherited <c>xml:base</c> (XML Base §4.2) and <c>xml:lang</c>.
/// Plain loops rather than LINQ: these run about thirty times per item.
/// </summary>
internal static class XmlNav
{
    private static readonly XName s_xmlBase = XNamespace.Xml + "base";
    private static readonly XName s_xmlLang = XNamespace.Xml + "lang";

    public static XElement? Child(XElement parent, string localName, XNamespace ns)
    {
        // HasElements first: FirstNode on a text-only element would turn its text into a new XText node.
        if (!parent.HasElements) return null;
        for (var node = parent.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement e && e.Name.Namespace == ns && e.Name.LocalName == localName) return e;
        }

        return null;
    }

    public static XElement? Child(XElement parent, string localName, XNamespace[] namespaces)
    {
        if (!parent.HasElements) return null;
        for (var node = parent.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement e && e.Name.LocalName == localName && Array.IndexOf(namespaces, e.Name.Namespace) >= 0) return e;
        }

        return null;
    }

    public static IEnumerable<XElement> Children(XElement parent, string localName, params XNamespace[] namespaces)
    {
        if (!parent.HasElements) yield break;
        for (var node = parent.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement e && e.Name.LocalName == localName && Array.IndexOf(namespaces, e.Name.Namespace) >= 0) yield return e;
        }
    }

    public static string? Value(XElement? element) => element?.Value;

    public static Uri? BaseOf(XElement element, Uri? documentUrl)
    {
        // Collected innermost first and applied outermost first; most documents have none, and then nothing is allocated.
        List<string>? bases = null;
        for (var e = element; e is not null; e = e.Parent)
        {
            if ((string?)e.Attribute(s_xmlBase) is { } b) (bases ??= []).Add(b);
        }

        var current = documentUrl;
        for (var i = (bases?.Count ?? 0) - 1; i >= 0; i--)
        {
            var value = bases![i].Trim();
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

    public static string? LanguageOf(XElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            var lang = (string?)e.Attribute(s_xmlLang);
            if (!string.IsNullOrWhiteSpace(lang)) return lang.Trim();
        }

        return null;
    }
}
