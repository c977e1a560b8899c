using System.Globalization;

namespace Alerts.Teams;

/// <summary>Numbers and times as the card shows them: culture of the card language, times in Europe/Berlin with the zone named.</summary>
internal static class CardFormat
{
    private static readonly TimeZoneInfo Berlin = FindBerlin();

    public static string Count(double value, CardStrings s) =>
        Math.Abs(value - Math.Round(value)) < 0.05
            ? Math.Round(value).ToString("N0", s.Culture)
            : value.ToString("N1", s.Culture);

    public static string Lift(double lift, CardStrings s) =>
        double.IsFinite(lift) ? "×" + lift.ToString(lift >= 10 ? "N0" : "N1", s.Culture) : "–";

    /// <summary>A tail probability as a percentage a marketer can read; tiny values become "&lt; 0.01 %".</summary>
    public static string Probability(double p, CardStrings s) =>
        p < 0.0001 ? "< " + 0.01.ToString("N2", s.Culture) + " %" : (p * 100).ToString("G2", s.Culture) + " %";

    public static DateTimeOffset ToBerlin(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, Berlin);

    /// <summary>"MEZ"/"MESZ" or "CET"/"CEST", so a reader never has to guess the zone (issue 5: state the zone).</summary>
    public static string ZoneLabel(DateTimeOffset t, CardStrings s)
    {
        if (Berlin == TimeZoneInfo.Utc)
        {
            return "UTC";
        }

        var summer = Berlin.IsDaylightSavingTime(t);
        return s.LanguageTag == "de" ? (summer ? "MESZ" : "MEZ") : (summer ? "CEST" : "CET");
    }

    public static string Clock(DateTimeOffset t) => ToBerlin(t).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Window(DateTimeOffset start, DateTimeOffset end, CardStrings s)
    {
        var from = ToBerlin(start);
        var to = ToBerlin(end);
        var day = from.ToString(s.LanguageTag == "de" ? "dd.MM.yyyy" : "d MMM yyyy", s.Culture);
        var endDay = from.Date == to.Date ? string.Empty : to.ToString(s.LanguageTag == "de" ? "dd.MM. " : "d MMM ", s.Culture);
        return $"{day}, {Clock(start)}–{endDay}{Clock(end)} {ZoneLabel(end, s)}";
    }

    private static TimeZoneInfo FindBerlin()
    {
        // IANA id; .NET resolves it on Linux (tzdata) and on Windows (ICU). Without tz data, show UTC and say so.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
