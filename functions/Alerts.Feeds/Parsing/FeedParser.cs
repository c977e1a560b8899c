using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Alerts.Feeds;

/// <summary>
/// Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 from bytes, sniffing the format. The contract is
/// total: a <see cref="ParsedFeed"/> (possibly <see cref="ParsedFeed.Recovered"/>, with warnings) or a
/// <see cref="FeedParseException"/>; never another exception, never network or file access.
/// </summary>
public static class FeedParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> content, string? contentType = null, Uri? documentUrl = null)
    {
        try
        {
            var trimmed = TrimStart(content);
            if (trimmed.Length == 0) throw new FeedParseException("the document is empty");
            return trimmed[0] is (byte)'{' or (byte)'['
                ? JsonFeedParser.Parse(JsonUtf8(content), new FeedDocumentBuilder(documentUrl))
                : ParseXml(content, contentType, documentUrl);
        }
        catch (FeedParseException)
        {
            throw;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException
            or XmlException or DecoderFallbackException or System.Text.RegularExpressions.RegexMatchTimeoutException or InsufficientExecutionStackException)
        {
            // Safety net for the "total" contract; the conformance test asserts this never fires on the corpus.
            throw new FeedParseException("the document could not be parsed: " + ex.Message, ex);
        }
    }

    private static ParsedFeed ParseXml(ReadOnlySpan<byte> content, string? contentType, Uri? documentUrl)
    {
        using var decoded = DocumentDecoder.Decode(content, contentType);
        var b = new FeedDocumentBuilder(documentUrl) { Recovered = decoded.Recovered };
        b.Warnings.AddRange(decoded.Warnings);
        if (HtmlPageDetector.IsHtmlPage(decoded.Text.Span))
        {
            var feed = HtmlPageDetector.DiscoverFeed(decoded.Text.ToString(), documentUrl);
            throw new FeedParseException("this is an HTML page, not a feed (did you mean the page's <link rel=alternate> feed?)"
                + (feed is null ? string.Empty : $" The page advertises {feed.AbsoluteUri}"));
        }

        var (document, loadedText) = LoadLeniently(decoded.Text, b);
        var root = document.Root!;
        var format = Format(root, decoded.Text.Span);
        switch (format)
        {
            case null:
                var (line, position) = SecureXml.RootPosition(loadedText);
                throw new FeedParseException($"<{root.Name.LocalName}> is not a feed root element (expected rss, rdf:RDF or feed)", line, position);
            case var f when f.StartsWith("atom", StringComparison.Ordinal):
                AtomParser.Parse(root, b);
                break;
            default:
                RssParser.Parse(root, b);
                break;
        }

        return b.Build(format, decoded.Encoding.WebName);
    }

    /// <summary>
    /// Strict parse first; on failure one repair pass (<see cref="XmlRecovery"/>), then the original error.
    /// Returns the document and the text it was loaded from (the repaired one after a recovery).
    /// </summary>
    private static (XDocument Document, ReadOnlyMemory<char> Text) LoadLeniently(ReadOnlyMemory<char> text, FeedDocumentBuilder b)
    {
        try
        {
            return (SecureXml.Load(text), text);
        }
        catch (XmlException strict)
        {
            var fixes = new List<string>();
            var repaired = XmlRecovery.Repair(text.ToString(), fixes);
            try
            {
                var doc = SecureXml.Load(repaired.AsMemory());
                b.Recovered = true;
                b.Warnings.Add($"not well-formed XML ({strict.Message}); recovered: " + string.Join("; ", fixes));
                return (doc, repaired.AsMemory());
            }
            catch (XmlException)
            {
                // XmlException reports line 0 when it has no position (e.g. "Root element is missing").
                throw new FeedParseException("not well-formed XML: " + strict.Message, strict.LineNumber > 0 ? strict.LineNumber : null, strict.LineNumber > 0 ? strict.LinePosition : null, strict);
            }
        }
    }

    /// <summary>feedparser's version names, so the corpus's <c>version</c> expectations apply directly.</summary>
    private static string? Format(XElement root, ReadOnlySpan<char> text)
    {
        var name = root.Name;
        if (name.LocalName == "feed")
        {
            return name.Namespace == Ns.Atom10 ? "atom10" : name.Namespace == Ns.Atom03 ? "atom03" : "atom";
        }

        if (name == Ns.Rdf + "RDF")
        {
            return root.Element(Ns.Rss090 + "channel") is not null ? "rss090" : "rss10";
        }

        if (name.LocalName is not ("rss" or "channel")) return null;
        var version = ((string?)root.Attribute("version"))?.Trim();
        return version switch
        {
            null or "" => "rss",
            "0.91" => text.Contains("-//Netscape Communications//DTD RSS 0.91", StringComparison.Ordinal) ? "rss091n" : "rss091u",
            "0.92" => "rss092",
            "0.93" => "rss093",
            "0.94" => "rss094",
            var v when v.StartsWith('2') => "rss20",
            _ => "rss",
        };
    }

    private static ReadOnlySpan<byte> TrimStart(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8Bom)) content = content[3..];
        while (content.Length > 0 && content[0] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') content = content[1..];
        return content;
    }

    /// <summary>JSON is UTF-8 (RFC 8259 §8.1); a UTF-8 BOM is tolerated and dropped.</summary>
    private static ReadOnlyMemory<byte> JsonUtf8(ReadOnlySpan<byte> content) =>
        (content.StartsWith(Utf8Bom) ? content[3..] : content).ToArray();

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
}
