using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Alerts.Feeds;

/// <summary>
/// The lenient second pass for ill-formed XML, limited to the faults real feeds have (bench-data/feeds
/// <c>entities/</c>): HTML named entities XML does not define (&amp;mdash;, &amp;acirc; …) become numeric
/// references, a bare <c>&amp;</c> becomes <c>&amp;amp;</c>, <c>&amp;#X41;</c> becomes <c>&amp;#x41;</c>, entities
/// nobody defines are removed (this is also where a blocked XXE or entity bomb ends up), characters XML forbids are
/// dropped, and a final end tag missing its <c>&gt;</c> is closed. Anything else stays a parse error.
/// </summary>
internal static partial class XmlRecovery
{
    private static readonly HashSet<string> s_xmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Repair(string text, ICollection<string> fixes)
    {
        var sb = new StringBuilder(text.Length + 64);
        var i = 0;
        var entityFixes = 0;
        var removedChars = 0;
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && string.CompareOrdinal(text, i, "<![CDATA[", 0, 9) == 0)
            {
                var end = text.IndexOf("]]>", i, StringComparison.Ordinal);
                var stop = end < 0 ? text.Length : end + 3;
                sb.Append(text, i, stop - i);
                i = stop;
                continue;
            }

            if (c == '&')
            {
                var m = EntityPattern().Match(text, i);
                if (m.Success && m.Index == i)
                {
                    entityFixes += AppendEntity(sb, m.Groups[1].Value, removed);
                    i += m.Length;
                    continue;
                }

                sb.Append("&amp;");
                entityFixes++;
                i++;
                continue;
            }

            if (XmlCharIsValid(c) || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                sb.Append(c);
                if (char.IsHighSurrogate(c)) sb.Append(text[++i]);
            }
            else
            {
                removedChars++;
            }

            i++;
        }

        if (removedChars > 0) fixes.Add($"removed {removedChars} character(s) XML does not allow");
        if (entityFixes > 0) fixes.Add($"rewrote {entityFixes} undefined or bare entity reference(s)");
        if (removed.Count > 0) fixes.Add("removed references to undefined entities: " + string.Join(", ", removed.Select(r => "&" + r + ";")));
        var repaired = sb.ToString().TrimEnd();
        if (UnclosedEndTag().IsMatch(repaired))
        {
            fixes.Add("closed the final end tag");
            repaired += ">";
        }

        return repaired;
    }

    private static int AppendEntity(StringBuilder sb, string name, SortedSet<string> removed)
    {
        if (name[0] == '#')
        {
            var hex = name.Length > 1 && name[1] is 'x' or 'X';
            var ok = hex
                ? int.TryParse(name.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp)
                : int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out cp);
            if (ok && cp is > 0 and <= 0x10FFFF && (cp > 0xFFFF || XmlCharIsValid((char)cp)))
            {
                sb.Append("&#x").Append(cp.ToString("X", CultureInfo.InvariantCulture)).Append(';');
                return name[1] == 'X' ? 1 : 0;
            }

            return 1;
        }

        if (s_xmlEntities.Contains(name))
        {
            sb.Append('&').Append(name).Append(';');
            return 0;
        }

        var decoded = WebUtility.HtmlDecode("&" + name + ";");
        if (decoded != "&" + name + ";")
        {
            foreach (var rune in decoded.EnumerateRunes()) sb.Append("&#x").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(';');
        }
        else
        {
            removed.Add(name);
        }

        return 1;
    }

    private static bool XmlCharIsValid(char c) => c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');

    [GeneratedRegex(@"\G&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"</[A-Za-z_][\w:.\-]*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex UnclosedEndTag();
}
