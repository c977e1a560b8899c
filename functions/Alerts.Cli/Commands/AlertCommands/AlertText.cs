using System.Text;
using Alerts.Cli.Output;
using Alerts.Cli.Remote.Contracts;

namespace Alerts.Cli.Commands.AlertCommands;

/// <summary>Alerts as tables and field lists.</summary>
public static class AlertText
{
    public static string List(IReadOnlyList<AlertView> alerts, string state)
    {
        if (alerts.Count == 0) return $"no alerts ({state})\n";
        var table = new Table("ID", "TOPIC", "SIGNAL", "SEVERITY", "STATE", "OPENED", "OBSERVED", "EXPECTED", "LIFT", "BY");
        foreach (var a in alerts)
        {
            table.Add(a.Id, a.TopicId, a.Signal, a.Severity, State(a), Show.Time(a.OpenedAt), Show.Number(a.Observed), Show.Number(a.Expected),
                Show.Number(a.Lift) + "x", a.AcknowledgedBy);
        }

        return table.ToString();
    }

    public static string Detail(AlertView a)
    {
        var text = new StringBuilder(Show.Fields(
            ("id", a.Id),
            ("topic", a.TopicName is null ? a.TopicId : $"{a.TopicId} ({a.TopicName})"),
            ("signal", a.Signal),
            ("severity", a.Severity + (a.Escalated ? ", escalated" : "")),
            ("state", State(a)),
            ("opened", Show.Time(a.OpenedAt)),
            ("updated", Show.Time(a.UpdatedAt)),
            ("resolved", Show.Time(a.ResolvedAt)),
            ("window", $"{Show.Time(a.WindowStart)} – {Show.Time(a.WindowEnd)}"),
            ("observed", $"{Show.Number(a.Observed)} vs {Show.Number(a.Expected)} expected ({Show.Number(a.Lift)}x)"),
            ("acknowledged by", a.AcknowledgedBy),
            ("notes", Notes(a)),
            ("revision", a.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        if (a.Audit is { Count: > 0 } audit)
        {
            var table = new Table("AT", "EVENT", "BY", "NOTE");
            foreach (var e in audit) table.Add(Show.Time(e.At), e.Kind, e.Actor, e.Note);
            text.Append("audit:\n").Append(table);
        }

        return text.ToString();
    }

    private static string State(AlertView a) =>
        a.SnoozedUntil is { } until && a.State == "snoozed" ? $"snoozed until {Show.Time(until)}" : a.State;

    private static string? Notes(AlertView a)
    {
        var notes = new List<string>();
        if (a.Suppressed) notes.Add("suppressed by a silence rule");
        if (a.Undeliverable) notes.Add("could not be delivered to Teams");
        return notes.Count == 0 ? null : string.Join("; ", notes);
    }
}
