using System.Globalization;
using System.Security;
using System.Text;

namespace Alerts.Functions.Demo;

/// <summary>
/// A local RSS feed for the README demo (<c>GET /dev/feeds/{name}.xml</c>), mapped only when <c>Alerts:Demo:Enabled</c>.
/// Items follow the clock deterministically (one every 15 s, so every instance serves the same feed), with a burst of
/// angry posts for five minutes of every thirty, so a newcomer sees counts grow within a minute and a spike soon after.
/// </summary>
public static class DemoFeedEndpoints
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    private static readonly string[] Calm =
    [
        "Mit der Contoso Bahn pünktlich in Hamburg angekommen, sehr angenehm.",
        "Neue Contoso Bahn App ausprobiert: Ticket in zwei Minuten gebucht.",
        "Contoso Bahn bietet ab Montag mehr Verbindungen nach Köln an.",
        "Kaffee im Contoso Bahn Bordbistro war heute richtig gut #danke",
        "Contoso Bahn announces new night trains to Vienna.",
        "Fabrikam Air startet neue Route nach Lissabon.",
    ];

    private static readonly string[] Angry =
    [
        "Contoso Bahn schon wieder 90 Minuten Verspätung, eine Frechheit! #fail",
        "Zug ausgefallen, Hotline nicht erreichbar. Contoso Bahn, echt eine Zumutung.",
        "Erstattung seit Wochen nicht bezahlt, Contoso Bahn ist Abzocke #shitstorm",
        "Contoso Bahn cancelled my train again and the refund form is broken. Never again.",
    ];

    public static IEndpointRouteBuilder MapDemoFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dev/feeds/{name}.xml", (string name, TimeProvider time) =>
            Results.Text(Render(name, time.GetUtcNow()), "application/rss+xml", Encoding.UTF8));
        return app;
    }

    public static string Render(string name, DateTimeOffset now)
    {
        var latest = now.ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>")
           .Append("<title>Demo: ").Append(SecurityElement.Escape(name)).Append("</title><link>http://127.0.0.1/demo</link><description>Alerts demo feed</description>");
        for (var n = latest; n > latest - 40; n--)
        {
            var at = DateTimeOffset.FromUnixTimeSeconds(n * (long)Step.TotalSeconds);
            var burst = at.Minute % 30 >= 25;
            var posts = burst ? 6 : 1;
            for (var k = 0; k < posts; k++)
            {
                var text = burst ? Angry[(int)((n + k) % Angry.Length)] : Calm[(int)(n % Calm.Length)];
                var id = SecurityElement.Escape(string.Create(CultureInfo.InvariantCulture, $"demo-{name}-{n}-{k}"));
                xml.Append("<item><title>").Append(SecurityElement.Escape(text)).Append("</title>")
                   .Append("<link>http://127.0.0.1/demo/").Append(id).Append("</link>")
                   .Append("<guid isPermaLink=\"false\">").Append(id).Append("</guid>")
                   .Append("<author>user").Append(((n * 7) + k) % 50).Append("@example.org</author>")
                   .Append("<pubDate>").Append(at.ToString("r", CultureInfo.InvariantCulture)).Append("</pubDate>")
                   .Append("<description>").Append(SecurityElement.Escape(text)).Append("</description></item>");
            }
        }

        return xml.Append("</channel></rss>").ToString();
    }
}
