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

    /// <summary>
    /// Parses text already decoded (so the declaration's encoding is not consulted again). Without line info: it
    /// costs an annotation per node, and only the error for a wrong root needs a position (<see cref="RootPosition"/>).
    /// </summary>
    public static XDocument Load(ReadOnlyMemory<char> text)
    {
        using var reader = XmlReader.Create(new MemoryTextReader(text), s_settings);
        return XDocument.Load(reader);
    }

    /// <summary>Line and position of the root element's start tag in text that <see cref="Load"/> accepted.</summary>
    public static (int? Line, int? Position) RootPosition(ReadOnlyMemory<char> text)
    {
        using var reader = XmlReader.Create(new MemoryTextReader(text), s_settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (null, null);
            }
        }

        return (null, null);
    }
}
