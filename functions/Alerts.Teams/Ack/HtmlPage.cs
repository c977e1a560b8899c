using System.Text;

namespace Alerts.Teams;

/// <summary>The shell of our small server-rendered pages: no scripts, inline CSS, readable on a phone.</summary>
internal static class HtmlPage
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f5f5f5;color:#1b1b1b;line-height:1.45}
        main{max-width:42rem;margin:0 auto;padding:1rem}
        .card{background:#fff;border-radius:8px;padding:1rem 1.25rem;margin:0 0 1rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
        h1{font-size:1.35rem;margin:.2rem 0 .6rem}h2{font-size:1.05rem;margin:1rem 0 .4rem}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem .9rem;margin:.5rem 0}dt{font-weight:600}dd{margin:0}
        label{display:block;font-weight:600;margin:.8rem 0 .25rem}
        input[type=text],textarea,select{width:100%;box-sizing:border-box;font:inherit;padding:.55rem;border:1px solid #888;border-radius:6px}
        button,.button{display:inline-block;margin:.9rem .4rem 0 0;padding:.6rem 1.1rem;font:inherit;font-weight:600;border-radius:6px;border:0;background:#4f52b2;color:#fff;text-decoration:none;cursor:pointer}
        .muted{color:#555;font-size:.9rem}.error h1{color:#a4262c}.ok h1{color:#107c10}
        table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left}
        .badge{display:inline-block;font-size:.8rem;font-weight:700;padding:.1rem .5rem;border-radius:4px;background:#eee}
        """;

    /// <summary>
    /// Encodes the five HTML-significant characters, which is enough for text and for double-quoted attributes.
    /// Unlike WebUtility.HtmlEncode it leaves "ü" as "ü", so German pages stay readable as source.
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string Document(string languageTag, string title, string bodyHtml, string extraHead = "")
    {
        var sb = new StringBuilder(bodyHtml.Length + 2048);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(languageTag)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // The page URL carries the signed token; it must not leak to the dashboard or a post link through Referer.
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"robots\" content=\"noindex\">\n")
            .Append(extraHead)
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append(bodyHtml)
            .Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }
}
