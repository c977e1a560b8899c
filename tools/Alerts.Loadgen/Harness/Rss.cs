using System.Globalization;
using System.Security;
using System.Text;

namespace Alerts.Loadgen.Harness;

/// <summary>One item of a generated feed.</summary>
public sealed record FeedItem(string Id, string Title, string Text, string Author, DateTimeOffset Published);

/// <summary>Renders RSS 2.0, the format most feeds the app polls use.</summary>
public static class Rss
{
    public static byte[] Render(string title, IEnumerable<FeedItem> items)
    {
        var xml = new StringBuilder(64 * 1024);
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>")
           .Append(SecurityElement.Escape(title)).Append("</title><link>http://127.0.0.1/load</link><description>generated load</description>\n");
        foreach (var item in items)
        {
            var id = SecurityElement.Escape(item.Id);
            xml.Append("<item><title>").Append(SecurityElement.Escape(item.Title)).Append("</title>")
               .Append("<link>http://127.0.0.1/load/").Append(id).Append("</link>")
               .Append("<guid isPermaLink=\"false\">").Append(id).Append("</guid>")
               .Append("<author>").Append(SecurityElement.Escape(item.Author)).Append("</author>")
               .Append("<pubDate>").Append(item.Published.ToString("r", CultureInfo.InvariantCulture)).Append("</pubDate>")
               .Append("<description>").Append(SecurityElement.Escape(item.Text)).Append("</description></item>\n");
        }

        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }

    /// <summary>A topic's brand word from its number: letters only ("lgaab"), so it is one token for the matcher.</summary>
    public static string Brand(string prefix, int n)
    {
        Span<char> letters = stackalloc char[3];
        for (var i = 2; i >= 0; i--, n /= 26) letters[i] = (char)('a' + (n % 26));
        return prefix + new string(letters);
    }
}
