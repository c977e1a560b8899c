using System.Globalization;
using System.Security;
using System.Text;

namespace Alerts.Functions.Demo;

/// <summary>
/// A local RSS feed for the README demo (<c>GET /dev/feeds/{name}.xml</c>), mapped only when <c>Alerts:Demo:Enabled</c>.
/// Items follow the clock deterministically (one every 15 s), with a burst of angry posts for five minutes, first
/// <see cref="FirstBurstAfter"/> after the app started and then every thirty minutes: a newcomer sees counts grow
/// within a minute and, with the demo's short warm-up (scripts/run-local.sh), a card a few minutes later.
/// The schedule is relative to the app's start, so every run of the demo shows its first spike at the same point.
/// </summary>
public static class DemoFeedEndpoints
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    /// <summary>The first burst's start, counted from app start: past the demo's warm-up of a few one-minute buckets.</summary>
    public static readonly TimeSpan FirstBurstAfter = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan BurstLength = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan BurstEvery = TimeSpan.FromMinutes(30);

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
        var time = app.ServiceProvider.GetRequiredService<TimeProvider>();
        var started = time.GetUtcNow();
        app.MapGet("/dev/feeds/{name}.xml", (string name) =>
            Results.Text(Render(name, time.GetUtcNow(), started), "application/rss+xml", Encoding.UTF8));
        return app;
    }

    /// <summary>Whether posts published at <paramref name="at"/> belong to a burst of an app started at <paramref name="started"/>.</summary>
    public static bool IsBurst(DateTimeOffset at, DateTimeOffset started)
    {
        var sinceFirst = at - (started + FirstBurstAfter);
        return sinceFirst >= TimeSpan.Zero && sinceFirst.Ticks % BurstEvery.Ticks < BurstLength.Ticks;
    }

    public static string Render(string name, DateTimeOffset now, DateTimeOffset started)
    {
        var latest = now.ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>")
           .Append("<title>Demo: ").Append(SecurityElement.Escape(name)).Append("</title><link>http://127.0.0.1/demo</link><description>Alerts demo feed</description>");
        for (var n = latest; n > latest - 40; n--)
        {
            var at = DateTimeOffset.FromUnixTimeSeconds(n * (long)Step.TotalSeconds);
            var burst = IsBurst(at, started);
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
