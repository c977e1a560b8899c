using System.Buffers;
using System.Globalization;

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

    /// <summary>RFC 822 §5 / RFC 2822 §3.3, leniently: optional weekday, stray commas, long month names, missing seconds or time.</summary>
    public static DateTimeOffset? ParseRfc822(string value)
    {
        // Tokens are separated by spaces and commas and trimmed; at most six are read, but all are counted.
        Span<Range> tokens = stackalloc Range[MaxTokens];
        var count = Tokenize(value, tokens);
        var text = value.AsSpan();

        var i = 0;
        if (count > 0 && IsAsciiLetters(text[tokens[0]]) && MonthOf(text[tokens[0]]) is null) i++;
        if (count - i < 3) return null;
        if (!int.TryParse(text[tokens[i]], NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return null;
        if (MonthOf(text[tokens[i + 1]]) is not { } month) return null;
        if (!int.TryParse(text[tokens[i + 2]], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        if (text[tokens[i + 2]].Length <= 2) year += year < 50 ? 2000 : 1900;
        i += 3;
        int hour = 0, minute = 0, second = 0;
        if (i < count && text[tokens[i]].Contains(':'))
        {
            if (!TryTime(text[tokens[i++]], out hour, out minute, out second)) return null;
        }

        var offset = TimeSpan.Zero;
        if (i < count && !TryZone(text[tokens[i++]], out offset)) return null;
        if (i < count) return null;
        return Build(year, month, day, hour, minute, second, offset, 0);
    }

    /// <summary>Weekday, day, month, year, time and zone: a date never needs more tokens than this.</summary>
    private const int MaxTokens = 6;

    /// <summary>Stores the first <see cref="MaxTokens"/> non-empty tokens (split at ' ' and ',', then trimmed) and returns how many there are.</summary>
    private static int Tokenize(string value, Span<Range> tokens)
    {
        var count = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] is not (' ' or ',')) continue;
            var token = value.AsSpan(start, i - start);
            var trimmed = token.Trim();
            if (!trimmed.IsEmpty)
            {
                if (count < tokens.Length)
                {
                    var from = start + (token.Length - token.TrimStart().Length);
                    tokens[count] = from..(from + trimmed.Length);
                }

                count++;
            }

            start = i + 1;
        }

        return count;
    }

    /// <summary>h:mm or hh:mm:ss, each part one or two ASCII digits.</summary>
    private static bool TryTime(ReadOnlySpan<char> token, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        Span<Range> parts = stackalloc Range[4];
        var count = token.Split(parts, ':');
        if (count is < 2 or > 3) return false;
        for (var p = 0; p < count; p++)
        {
            var part = token[parts[p]];
            if (part.Length is not (1 or 2) || !IsAsciiDigits(part)) return false;
        }

        hour = int.Parse(token[parts[0]], CultureInfo.InvariantCulture);
        minute = int.Parse(token[parts[1]], CultureInfo.InvariantCulture);
        second = count == 3 ? int.Parse(token[parts[2]], CultureInfo.InvariantCulture) : 0;
        return true;
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> token) => !token.ContainsAnyExcept(s_asciiLetters);

    private static bool IsAsciiDigits(ReadOnlySpan<char> token) => !token.ContainsAnyExceptInRange('0', '9');

    private static readonly SearchValues<char> s_asciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static int? MonthOf(ReadOnlySpan<char> token)
    {
        if (token.Length < 3) return null;
        for (var m = 0; m < s_months.Length; m++)
        {
            if (s_months[m].AsSpan().StartsWith(token, StringComparison.OrdinalIgnoreCase)) return m + 1;
        }

        return null;
    }

    /// <summary>Numeric (<c>+0100</c>, <c>-01:00</c>), <c>GMT±hh:mm</c>, <c>Etc/GMT</c> or a named zone from <see cref="RfcZones"/>.</summary>
    private static bool TryZone(ReadOnlySpan<char> token, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var t = token.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase) ? token[4..] : token;
        if (t.Length > 3 && (t.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || t.StartsWith("UTC", StringComparison.OrdinalIgnoreCase))
            && t[3] is '+' or '-')
        {
            t = t[3..];
        }

        // "Etc/" alone leaves nothing: an unknown zone, not an IndexOutOfRangeException out of FeedParser.Parse.
        if (t.IsEmpty) return false;
        if (t[0] is '+' or '-')
        {
            // hhmm once the colons are removed.
            var rest = t[1..];
            if (rest.Length - rest.Count(':') != 4) return false;
            Span<char> digits = stackalloc char[4];
            var n = 0;
            foreach (var c in rest)
            {
                if (c != ':') digits[n++] = c;
            }

            return TryOffset(t[0], digits[..2], digits[2..], out offset);
        }

        if (RfcZones.TryGetHours(t, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        return false;
    }

    private static bool TryOffset(char sign, ReadOnlySpan<char> hh, ReadOnlySpan<char> mm, out TimeSpan offset)
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
}
