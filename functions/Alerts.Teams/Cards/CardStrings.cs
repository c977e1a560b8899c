using System.Globalization;

namespace Alerts.Teams;

/// <summary>The fixed texts of cards and pages in one language. German is the team's language; English is for English channels.</summary>
internal sealed record CardStrings(
    CultureInfo Culture,
    string LanguageTag,
    string SignalVolume,
    string SignalNegative,
    string SignalPositive,
    string SignalSilence,
    string SignalOther,
    string Observed,
    string Expected,
    string Lift,
    string Window,
    string Chance,
    string Mood,
    string Negative,
    string Neutral,
    string Positive,
    string MeanValence,
    string Last24h,
    string MentionsPer,
    string Time,
    string TopPosts,
    string Acknowledge,
    string Snooze,
    string Dashboard,
    string Peak,
    string Total,
    string NoData,
    string InsteadOf,
    string Severity,
    string Revision,
    string DigestTitle,
    string DigestMore,
    string Reach)
{
    public static CardStrings For(CardLanguage language) => language == CardLanguage.German ? German : English;

    public static readonly CardStrings German = new(
        CultureInfo.GetCultureInfo("de-DE"), "de",
        "Erwähnungs-Spike", "Shitstorm-Verdacht", "Viraler Moment", "Funkstille", "Auffälligkeit",
        "Beobachtet", "Erwartet", "Faktor", "Zeitfenster", "Zufallswahrscheinlichkeit",
        "Stimmung", "negativ", "neutral", "positiv", "mittlere Valenz",
        "Letzte 24 Stunden", "Erwähnungen je {0} min", "Zeit", "Top-Beiträge",
        "Bestätigen", "Pausieren", "Dashboard öffnen",
        "Spitze", "Summe 24 h", "Keine Verlaufsdaten.", "statt erwartet",
        "Schwere", "Revision",
        "Sammelmeldung: {0} Alerts", "… und {0} weitere im Dashboard", "Reichweite");

    public static readonly CardStrings English = new(
        CultureInfo.GetCultureInfo("en-GB"), "en",
        "Mention spike", "Possible shitstorm", "Viral moment", "Radio silence", "Anomaly",
        "Observed", "Expected", "Lift", "Window", "Chance probability",
        "Mood", "negative", "neutral", "positive", "mean valence",
        "Last 24 hours", "Mentions per {0} min", "Time", "Top posts",
        "Acknowledge", "Snooze", "Open dashboard",
        "Peak", "Total 24 h", "No history.", "vs. expected",
        "Severity", "Revision",
        "Digest: {0} alerts", "… and {0} more in the dashboard", "Reach");

    public string SignalTitle(string signal) => signal.ToLowerInvariant() switch
    {
        "volume" => SignalVolume,
        // Spike messages name the emotion signals "negativeemotion" and "positiveemotion" (Alerts.Detection.Signal).
        "negative" or "negativeemotion" => SignalNegative,
        "positive" or "positiveemotion" => SignalPositive,
        "silence" => SignalSilence,
        _ => SignalOther,
    };

    public string StateLabel(string state) => (LanguageTag, state.ToLowerInvariant()) switch
    {
        ("de", "firing") => "Aktiv",
        ("de", "acknowledged") => "Bestätigt",
        ("de", "snoozed") => "Pausiert",
        ("de", "resolved") => "Entwarnung",
        ("de", "escalated") => "Eskaliert",
        ("de", "undeliverable") => "Nicht zustellbar",
        ("en", "firing") => "Firing",
        ("en", "acknowledged") => "Acknowledged",
        ("en", "snoozed") => "Snoozed",
        ("en", "resolved") => "Resolved",
        ("en", "escalated") => "Escalated",
        ("en", "undeliverable") => "Undeliverable",
        _ => CardText.Plain(state, 40),
    };

    public string SeverityLabel(string severity) => (LanguageTag, severity.ToLowerInvariant()) switch
    {
        ("de", "critical") => "Kritisch",
        ("de", "high") => "Hoch",
        ("de", "medium") => "Mittel",
        ("de", "low") => "Niedrig",
        ("de", "major") => "Erheblich",
        ("de", "minor") => "Gering",
        ("en", "critical") => "Critical",
        ("en", "high") => "High",
        ("en", "medium") => "Medium",
        ("en", "low") => "Low",
        ("en", "major") => "Major",
        ("en", "minor") => "Minor",
        _ => CardText.Plain(severity, 40),
    };
}
