namespace Alerts.Teams;

/// <summary>The fixed texts of the acknowledgement pages.</summary>
internal sealed record AckPageStrings(
    string Acknowledge,
    string Snooze,
    string Resolve,
    string Acknowledged,
    string Snoozed,
    string Resolved,
    string By,
    string Name,
    string NameHint,
    string Note,
    string NoteHint,
    string SnoozeFor,
    string Hours,
    string Forbidden,
    string Malformed,
    string BadSignature,
    string Expired,
    string WrongAlert,
    string State,
    string OpenDashboard)
{
    public static AckPageStrings For(CardLanguage language) => language == CardLanguage.German ? German : English;

    private static readonly AckPageStrings German = new(
        "Alert bestätigen", "Alert pausieren", "Alert schließen",
        "Bestätigt", "Pausiert", "Geschlossen", "von",
        "Dein Name", "Wird im Kanal neben der Bestätigung angezeigt.",
        "Notiz (optional)", "Zum Beispiel, was du unternimmst.",
        "Pausieren für", "Stunden",
        "Link ungültig",
        "Der Link ist beschädigt oder unvollständig. Öffne ihn erneut aus der Karte in Teams.",
        "Der Link ist nicht gültig. Er wurde verändert oder stammt nicht von diesem System.",
        "Der Link ist abgelaufen. Öffne das Dashboard, um den Alert dort zu bearbeiten.",
        "Der Link gehört zu einem anderen Alert.",
        "Status", "Dashboard öffnen");

    private static readonly AckPageStrings English = new(
        "Acknowledge alert", "Snooze alert", "Resolve alert",
        "Acknowledged", "Snoozed", "Resolved", "by",
        "Your name", "Shown in the channel next to the acknowledgement.",
        "Note (optional)", "For example, what you are doing about it.",
        "Snooze for", "hours",
        "Link not valid",
        "The link is damaged or incomplete. Open it again from the card in Teams.",
        "The link is not valid. It was altered or does not come from this system.",
        "The link has expired. Open the dashboard to handle the alert there.",
        "The link belongs to another alert.",
        "State", "Open dashboard");

    public string Verb(AckAction action) => action switch
    {
        AckAction.Snooze => Snooze,
        AckAction.Resolve => Resolve,
        _ => Acknowledge,
    };

    public string Done(AckAction action) => action switch
    {
        AckAction.Snooze => Snoozed,
        AckAction.Resolve => Resolved,
        _ => Acknowledged,
    };
}
