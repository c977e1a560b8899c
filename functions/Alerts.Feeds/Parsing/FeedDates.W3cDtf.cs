using System.Globalization;

namespace Alerts.Feeds;

public static partial class FeedDates
{
    /// <summary>
    /// W3C-DTF (https://www.w3.org/TR/NOTE-datetime), RFC 3339 and the SQL-style space separator:
    /// <c>YYYY[-MM[-DD[(T| )hh:mm[:ss[(.|,)f{1,9}]][ws](Z|±hh[:]mm)]]]</c>, letters in either case. Read left to right
    /// without a regex (this runs once or twice per Atom entry); each optional part, once started, must be complete.
    /// </summary>
    public static DateTimeOffset? ParseW3cDtf(string value)
    {
        var s = value.AsSpan().Trim();
        if (!TryDigits(s, 0, 4, out var year)) return null;
        int month = 1, day = 1, hour = 0, minute = 0, second = 0;
        double fraction = 0;
        var offset = TimeSpan.Zero;
        var pos = 4;
        if (pos < s.Length)
        {
            if (s[pos] != '-' || !TryDigits(s, pos + 1, 2, out month)) return null;
            pos += 3;
        }

        if (pos < s.Length)
        {
            if (s[pos] != '-' || !TryDigits(s, pos + 1, 2, out day)) return null;
            pos += 3;
        }

        if (pos < s.Length)
        {
            if (s[pos] is not ('T' or 't' or ' ') || !TryDigits(s, pos + 1, 2, out hour)
                || pos + 3 >= s.Length || s[pos + 3] != ':' || !TryDigits(s, pos + 4, 2, out minute))
            {
                return null;
            }

            pos += 6;
            if (pos < s.Length && s[pos] == ':')
            {
                if (!TryDigits(s, pos + 1, 2, out second)) return null;
                pos += 3;
                if (pos < s.Length && s[pos] is '.' or ',')
                {
                    var digits = CountDigits(s[(pos + 1)..]);
                    if (digits is 0 or > 9) return null;
                    fraction = Fraction(s.Slice(pos + 1, digits));
                    pos += 1 + digits;
                }
            }

            while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
            if (pos < s.Length && !TryW3cZone(s[pos..], out offset)) return null;
        }

        return Build(year, month, day, hour, minute, second, offset, fraction);
    }

    /// <summary><c>Z</c>, or <c>±hh:mm</c> / <c>±hhmm</c>, filling the whole rest of the value.</summary>
    private static bool TryW3cZone(ReadOnlySpan<char> zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone is ['Z' or 'z']) return true;
        if (zone.Length is not (5 or 6) || zone[0] is not ('+' or '-')) return false;
        var minutes = zone.Length == 6 ? 4 : 3;
        if (zone.Length == 6 && zone[3] != ':') return false;
        return CountDigits(zone[1..3]) == 2 && CountDigits(zone[minutes..]) == 2
            && TryOffset(zone[0], zone[1..3], zone[minutes..], out offset);
    }

    /// <summary>Exactly <paramref name="count"/> ASCII digits at <paramref name="start"/>.</summary>
    private static bool TryDigits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length) return false;
        foreach (var c in s.Slice(start, count))
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static int CountDigits(ReadOnlySpan<char> s) => s.IndexOfAnyExceptInRange('0', '9') is var end and >= 0 ? end : s.Length;

    /// <summary>"0." + the digits, parsed as the regex version did, so the ticks come out the same.</summary>
    private static double Fraction(ReadOnlySpan<char> digits)
    {
        Span<char> text = stackalloc char[11];
        "0.".CopyTo(text);
        digits.CopyTo(text[2..]);
        return double.Parse(text[..(2 + digits.Length)], CultureInfo.InvariantCulture);
    }
}
