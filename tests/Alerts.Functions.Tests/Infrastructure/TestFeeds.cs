using System.Globalization;
using System.Security;
using System.Text;

namespace Alerts.Functions.Tests.Infrastructure;

/// <summary>Small RSS documents for scan tests.</summary>
public static class TestFeeds
{
    public static string Rss(DateTimeOffset published, params (string Id, string Title)[] items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title><link>http://example.org/</link><description>d</description>");
        foreach (var (id, title) in items)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<item><guid isPermaLink=\"false\">{id}</guid><title>{SecurityElement.Escape(title)}</title>")
               .Append(CultureInfo.InvariantCulture, $"<link>https://example.org/{id}</link><author>{id}@example.org</author>")
               .Append(CultureInfo.InvariantCulture, $"<pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }
}
