using System.Globalization;
using System.Text;

namespace Alerts.Teams;

/// <summary>
/// Server-rendered pages behind the card's acknowledge/snooze links. GET shows the alert and a form; only the POST
/// (wired by the endpoint, which validates the token from the body) changes state. Everything is HTML-encoded;
/// the signed token in the body is what stops cross-site posts, so no cookie or script is needed.
/// </summary>
public static class AckPage
{
    public const string TokenField = "token";
    public const string NameField = "name";
    public const string NoteField = "note";
    public const string SnoozeMinutesField = "snoozeMinutes";
    public const int MaxNameLength = 100;
    public const int MaxNoteLength = 500;

    /// <summary>Choices offered for <see cref="SnoozeMinutesField"/>; the first is the default.</summary>
    public static readonly IReadOnlyList<int> SnoozeMinuteChoices = [60, 240, 1440];

    public static string Render(AckPageModel m, CardLanguage lang)
    {
        ArgumentNullException.ThrowIfNull(m);
        var s = AckPageStrings.For(lang);
        var cs = CardStrings.For(lang);
        var title = AlertCardBody.Title(m.Alert, cs, 200);
        var html = new StringBuilder();
        html.Append("<div class=\"card\">\n<p class=\"muted\">").Append(HtmlPage.Encode(s.Verb(m.Action))).Append("</p>\n")
            .Append("<h1>").Append(HtmlPage.Encode(title)).Append("</h1>\n");
        AppendContext(html, m.Alert, cs, s);
        html.Append("</div>\n<form class=\"card\" method=\"post\" action=\"").Append(HtmlPage.Encode(m.FormAction)).Append("\">\n")
            .Append(Hidden(TokenField, m.Token))
            .Append("<label for=\"name\">").Append(HtmlPage.Encode(s.Name)).Append("</label>\n")
            .Append("<input type=\"text\" id=\"name\" name=\"").Append(NameField).Append("\" required maxlength=\"")
            .Append(MaxNameLength.ToString(CultureInfo.InvariantCulture)).Append("\" autocomplete=\"name\" aria-describedby=\"name-hint\">\n")
            .Append("<p class=\"muted\" id=\"name-hint\">").Append(HtmlPage.Encode(s.NameHint)).Append("</p>\n");
        if (m.Action == AckAction.Snooze)
        {
            html.Append("<label for=\"snooze\">").Append(HtmlPage.Encode(s.SnoozeFor)).Append("</label>\n<select id=\"snooze\" name=\"")
                .Append(SnoozeMinutesField).Append("\">\n");
            foreach (var minutes in SnoozeMinuteChoices)
            {
                var hours = (minutes / 60.0).ToString("0.#", cs.Culture);
                html.Append("<option value=\"").Append(minutes.ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .Append(HtmlPage.Encode(hours + " " + s.Hours)).Append("</option>\n");
            }

            html.Append("</select>\n");
        }

        html.Append("<label for=\"note\">").Append(HtmlPage.Encode(s.Note)).Append("</label>\n")
            .Append("<textarea id=\"note\" name=\"").Append(NoteField).Append("\" rows=\"3\" maxlength=\"")
            .Append(MaxNoteLength.ToString(CultureInfo.InvariantCulture)).Append("\" aria-describedby=\"note-hint\"></textarea>\n")
            .Append("<p class=\"muted\" id=\"note-hint\">").Append(HtmlPage.Encode(s.NoteHint)).Append("</p>\n")
            .Append("<button type=\"submit\">").Append(HtmlPage.Encode(s.Verb(m.Action))).Append("</button>\n</form>\n");
        return HtmlPage.Document(cs.LanguageTag, s.Verb(m.Action) + " – " + title, html.ToString());
    }

    /// <summary>The page after a successful POST: what was done, by whom, and a way on to the dashboard.</summary>
    public static string RenderResult(AlertCardModel alert, AckAction action, string actorName, CardLanguage lang)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var s = AckPageStrings.For(lang);
        var cs = CardStrings.For(lang);
        var title = AlertCardBody.Title(alert, cs, 200);
        var html = new StringBuilder("<div class=\"card ok\" role=\"status\">\n");
        html.Append("<h1>").Append(HtmlPage.Encode(s.Done(action))).Append("</h1>\n<p>")
            .Append(HtmlPage.Encode($"{title} – {s.Done(action)} {s.By} {CardText.Plain(actorName, MaxNameLength)}")).Append("</p>\n");
        AppendDashboard(html, alert, s);
        html.Append("</div>\n");
        return HtmlPage.Document(cs.LanguageTag, s.Done(action) + " – " + title, html.ToString());
    }

    /// <summary>A plain error page (serve it with 403 for token problems, 404/409 for others).</summary>
    public static string RenderError(string title, string detail, CardLanguage lang)
    {
        var html = new StringBuilder("<div class=\"card error\" role=\"alert\">\n");
        html.Append("<h1>").Append(HtmlPage.Encode(title)).Append("</h1>\n<p>").Append(HtmlPage.Encode(detail)).Append("</p>\n</div>\n");
        return HtmlPage.Document(CardStrings.For(lang).LanguageTag, title, html.ToString());
    }

    /// <summary>The 403 page for a token that did not validate, with a reason the reader can act on.</summary>
    public static string RenderTokenError(AckTokenValidation result, CardLanguage lang)
    {
        var s = AckPageStrings.For(lang);
        var detail = result switch
        {
            AckTokenValidation.Expired => s.Expired,
            AckTokenValidation.WrongAlert => s.WrongAlert,
            AckTokenValidation.BadSignature => s.BadSignature,
            _ => s.Malformed,
        };
        return RenderError(s.Forbidden, detail, lang);
    }

    private static void AppendContext(StringBuilder html, AlertCardModel a, CardStrings cs, AckPageStrings s)
    {
        html.Append("<p><span class=\"badge\">").Append(HtmlPage.Encode(cs.StateLabel(a.State))).Append("</span> ")
            .Append(HtmlPage.Encode(AlertCardBody.Headline(a, cs))).Append("</p>\n<dl>\n");
        Fact(html, cs.Observed, CardFormat.Count(a.Observed, cs));
        Fact(html, cs.Expected, CardFormat.Count(a.Expected, cs));
        Fact(html, cs.Lift, CardFormat.Lift(a.Lift, cs));
        Fact(html, cs.Window, CardFormat.Window(a.WindowStart, a.WindowEnd, cs));
        Fact(html, cs.Severity, cs.SeverityLabel(a.Severity));
        Fact(html, s.State, cs.StateLabel(a.State));
        html.Append("</dl>\n");
        if (!string.IsNullOrWhiteSpace(a.Note))
        {
            html.Append("<p class=\"muted\">").Append(HtmlPage.Encode(CardText.Plain(a.Note, 500))).Append("</p>\n");
        }

        AppendDashboard(html, a, s);
    }

    private static void AppendDashboard(StringBuilder html, AlertCardModel a, AckPageStrings s)
    {
        if (SafeLink.Normalize(a.DashboardUrl) is { } dashboard)
        {
            html.Append("<p><a href=\"").Append(HtmlPage.Encode(dashboard)).Append("\" rel=\"noopener noreferrer\">")
                .Append(HtmlPage.Encode(s.OpenDashboard)).Append("</a></p>\n");
        }
    }

    private static void Fact(StringBuilder html, string title, string value) =>
        html.Append("<dt>").Append(HtmlPage.Encode(title)).Append("</dt><dd>").Append(HtmlPage.Encode(value)).Append("</dd>\n");

    private static string Hidden(string name, string value) =>
        $"<input type=\"hidden\" name=\"{name}\" value=\"{HtmlPage.Encode(value)}\">\n";
}
