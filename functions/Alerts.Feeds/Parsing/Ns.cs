using System.Xml.Linq;

namespace Alerts.Feeds;

/// <summary>XML namespaces of the feed formats and the modules we read.</summary>
internal static class Ns
{
    public static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>iTunes and Media RSS, each with the spelling variants feeds use.</summary>
    public static readonly XNamespace[] Itunes = ["http://www.itunes.com/dtds/podcast-1.0.dtd", "http://www.itunes.com/DTDs/Podcast-1.0.dtd"];
    public static readonly XNamespace[] Media = ["http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss"];

    /// <summary>Namespaces whose elements count as core RSS: none, RSS 1.0, RSS 0.90 and the two historic RSS 2.0 URIs.</summary>
    public static readonly XNamespace[] Rss =
        [XNamespace.None, Rss10, Rss090, "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss"];
}
