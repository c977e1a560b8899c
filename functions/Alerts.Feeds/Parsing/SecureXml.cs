using System.Xml;
using System.Xml.Linq;

namespace Alerts.Feeds;

/// <summary>
/// The only way this assembly reads XML. DTDs are ignored (so XHTML or Netscape DOCTYPEs before &lt;rss&gt; are
/// harmless), nothing is ever resolved (<c>XmlResolver = null</c>: no external entity, DTD or XInclude fetch),
/// and entity expansion is capped. See OWASP "XML External Entity Prevention Cheat Sheet", .NET section.
/// </summary>
internal static class SecureXml
{
    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1_000_000,
        MaxCharactersInDocument = 64L * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Parses text already decoded (so the declaration's encoding is not consulted again).</summary>
    public static XDocument Load(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), s_settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }
}
