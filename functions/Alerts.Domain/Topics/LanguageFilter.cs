namespace Alerts.Domain.Topics;

/// <summary>
/// Compares language tags by primary subtag, case-insensitively ("de" accepts "de-AT" and "DE").
/// An item whose language is unknown passes every filter: many feeds carry no language, and silently
/// dropping their items from a German-only topic would lose alerts the team expects.
/// </summary>
internal static class LanguageFilter
{
    public static string[]? Compile(IReadOnlySet<string>? languages)
    {
        if (languages is null)
        {
            return null;
        }

        var primary = languages.Select(l => PrimarySubtag(l).ToString().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToArray();
        if (primary.Length == 0)
        {
            throw new ArgumentException("A language filter needs at least one language tag; use null for any language.", nameof(languages));
        }

        return primary;
    }

    public static ReadOnlySpan<char> PrimarySubtag(string? language)
    {
        var span = language.AsSpan().Trim();
        var separator = span.IndexOfAny('-', '_');
        return separator < 0 ? span : span[..separator];
    }

    public static bool Accepts(string[]? filter, ReadOnlySpan<char> itemPrimarySubtag)
    {
        if (filter is null || itemPrimarySubtag.IsEmpty)
        {
            return true;
        }

        foreach (var language in filter)
        {
            if (itemPrimarySubtag.Equals(language, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
