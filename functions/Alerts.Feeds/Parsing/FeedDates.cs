using System.Globalization;
using System.Text.RegularExpressions;

namespace Alerts.Feeds;

/// <summary>
/// Feed dates: RFC 822/2822 (RSS <c>pubDate</c>, with the odd zones real feeds use) and W3C-DTF / RFC 3339
/// (Atom, JSON Feed, <c>dc:date</c>). Anything else is "unparseable": null, never a guess and never a throw
/// (bench-data/feeds/README.md, "Dates").
/// </summary>
public static partial class FeedDates
{
    private static readonly string[] s_months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Parses either family; null when the input is empty or not a valid date.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        return s.Length >= 4 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[3]) ? ParseW3cDtf(s) : ParseRfc822(s);
    }

    /// <summary>W3C-DTF (https://www.w3.org/TR/NOTE-datetime), RFC 3339 and the SQL-style space separator.</summary>
    public static DateTimeOffset? ParseW3cDtf(string value)
    {
        var m = W3cDtfPattern().Match(value.Trim());
        if (!m.Success) return null;
        int Part(int group, int fallback) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;
        var offset = TimeSpan.Zero;
        var zone = m.Groups[8];
        if (zone.Success && !zone.Value.Equals("Z", StringComparison.OrdinalIgnoreCase))
        {
            var digits = zone.Value[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            if (!TryOffset(zone.Value[0], digits[..2], digits[2..], out offset)) return null;
        }

        var fraction = m.Groups[7].Success ? double.Parse("0." + m.Groups[7].Value, CultureInfo.InvariantCulture) : 0;
        return Build(Part(1, 0), Part(2, 1), Part(3, 1), Part(4, 0), Part(5, 0), Part(6, 0), offset, fraction);
    }

    /// <summary>RFC 822 §5 / RFC 2822 §3.3, leniently: optional weekday, stray commas, long month names, missing seconds or time.</summary>
    public static DateTimeOffset? ParseRfc822(string value)
    {
        var tokens = value.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var i = 0;
        if (tokens.Length > 0 && tokens[0].All(char.IsAsciiLetter) && MonthOf(tokens[0]) is null) i++;
        if (tokens.Length - i < 3) return null;
        if (!int.TryParse(tokens[i], NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return null;
        if (MonthOf(tokens[i + 1]) is not { } month) return null;
        if (!int.TryParse(tokens[i + 2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        if (tokens[i + 2].Length <= 2) year += year < 50 ? 2000 : 1900;
        i += 3;
        int hour = 0, minute = 0, second = 0;
        if (i < tokens.Length && tokens[i].Contains(':', StringComparison.Ordinal))
        {
            var hms = tokens[i++].Split(':');
            if (hms.Length is < 2 or > 3 || !hms.All(p => p.Length is 1 or 2 && p.All(char.IsAsciiDigit))) return null;
            hour = int.Parse(hms[0], CultureInfo.InvariantCulture);
            minute = int.Parse(hms[1], CultureInfo.InvariantCulture);
            second = hms.Length == 3 ? int.Parse(hms[2], CultureInfo.InvariantCulture) : 0;
        }

        var offset = TimeSpan.Zero;
        if (i < tokens.Length && !TryZone(tokens[i++], out offset)) return null;
        if (i < tokens.Length) return null;
        return Build(year, month, day, hour, minute, second, offset, 0);
    }

    private static int? MonthOf(string token)
    {
        if (token.Length < 3) return null;
        var index = Array.FindIndex(s_months, m => m.StartsWith(token, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + 1;
    }

    /// <summary>Numeric (<c>+0100</c>, <c>-01:00</c>), <c>GMT±hh:mm</c>, <c>Etc/GMT</c> or a named zone from <see cref="RfcZones"/>.</summary>
    private static bool TryZone(string token, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var t = token.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase) ? token[4..] : token;
        if (t.Length > 3 && (t.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || t.StartsWith("UTC", StringComparison.OrdinalIgnoreCase))
            && t[3] is '+' or '-')
        {
            t = t[3..];
        }

        if (t[0] is '+' or '-')
        {
            var digits = t[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            return digits.Length == 4 && TryOffset(t[0], digits[..2], digits[2..], out offset);
        }

        if (RfcZones.Hours.TryGetValue(t, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        return false;
    }

    private static bool TryOffset(char sign, string hh, string mm, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (!int.TryParse(hh, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(mm, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || h > 14 || m > 59)
        {
            return false;
        }

        offset = new TimeSpan(h, m, 0) * (sign == '-' ? -1 : 1);
        return true;
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan offset, double fraction)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        // Build in UTC ticks so an offset that crosses year 1 or 9999 is rejected instead of overflowing.
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks) return null;
        return new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex W3cDtfPattern();
}
