using System.Globalization;
using System.Text;

namespace Alerts.Domain.Topics;

/// <summary>
/// Folds one character to its matching form: lower-case invariant, German umlauts spelled out
/// (ä→ae, ö→oe, ü→ue, ß→ss) and other diacritics stripped (é→e). A table built once at start-up covers
/// U+0000–U+1FFF (Latin, Greek, Cyrillic and their extensions), so the hot path never calls
/// <see cref="string.Normalize(NormalizationForm)"/>.
/// </summary>
internal static class CharFolding
{
    private const int TableSize = 0x2000;
    private const char CombiningDiaeresis = '\u0308';

    // null = the character folds to nothing (a combining mark); otherwise one or two characters.
    private static readonly string?[] _table = BuildTable();

    /// <summary>Writes the folded form of <paramref name="source"/>; <paramref name="destination"/> needs 2× its length.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var written = 0;
        foreach (var c in source)
        {
            if (c < 128)
            {
                destination[written++] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }
            else if (c == CombiningDiaeresis)
            {
                // A decomposed "u" + U+0308 must fold like "ü": the base letter is already written, add the 'e'.
                if (written > 0 && destination[written - 1] is 'a' or 'o' or 'u')
                {
                    destination[written++] = 'e';
                }
            }
            else if (c < TableSize)
            {
                var folded = _table[c];
                if (folded is not null)
                {
                    destination[written++] = folded[0];
                    if (folded.Length > 1)
                    {
                        destination[written++] = folded[1];
                    }
                }
            }
            else
            {
                destination[written++] = char.ToLowerInvariant(c);
            }
        }

        return written;
    }

    private static string?[] BuildTable()
    {
        var table = new string?[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = FoldSlow((char)i);
        }

        return table;
    }

    private static string? FoldSlow(char c)
    {
        switch (c)
        {
            case 'ä' or 'Ä' or 'æ' or 'Æ': return "ae";
            case 'ö' or 'Ö' or 'œ' or 'Œ': return "oe";
            case 'ü' or 'Ü': return "ue";
            case 'ß' or '\u1E9E': return "ss";
            case 'ø' or 'Ø': return "o";
            case 'ł' or 'Ł': return "l";
            case 'đ' or 'Đ' or 'ð' or 'Ð': return "d";
            case 'þ' or 'Þ': return "th";
            case 'ı': return "i";
        }

        if (char.IsSurrogate(c))
        {
            return c.ToString();
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return null;
        }

        var lower = char.ToLowerInvariant(c).ToString();
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(d);
            }
        }

        // Keep the lower-case form where decomposition yields something longer (e.g. compatibility forms).
        return builder.Length is 1 or 2 ? builder.ToString() : lower;
    }
}
