using System.Text;

namespace Alerts.Domain.Tests.Topics;

/// <summary>
/// Random queries and item texts over a small shared vocabulary (so topics and items overlap often),
/// with German spelling variants, case changes, hashtags, handles and punctuation. Seeded: reproducible.
/// </summary>
internal sealed class RandomTopicGenerator(int seed)
{
    private static readonly string[] _words =
    [
        "bahn", "bahnhof", "streik", "warnstreik", "lufthansa", "condor", "müller", "straße", "verspätung",
        "deutsche", "telekom", "ausfall", "störung", "preis", "preiserhöhung", "kunde", "kundenservice",
        "über", "köln", "münchen", "db", "a1", "café", "rückruf", "werbung", "neu", "heute", "x",
    ];

    private static readonly string[] _separators = [" ", " ", " ", ", ", "-", "! ", " – ", ": ", "… ", " 🚆 "];

    private readonly Random _random = new(seed);

    public string Query(int depth = 0)
    {
        var roll = _random.Next(depth >= 3 ? 5 : 9);
        return roll switch
        {
            0 or 1 => Word(),
            2 => Prefix(),
            3 => Sigil() + Word(),
            4 => $"\"{Word()} {Word()}{(_random.Next(2) == 0 ? " " + Word() : string.Empty)}\"",
            5 => $"({Query(depth + 1)} {Pick("", "AND ")}{Query(depth + 1)})",
            6 => $"({Query(depth + 1)} OR {Query(depth + 1)})",
            7 => $"({Query(depth + 1)} {Pick("NOT ", "-")}{Query(depth + 1)})",
            _ => $"{Query(depth + 1)} {Query(depth + 1)} OR {Query(depth + 1)}",
        };
    }

    public string Text()
    {
        var builder = new StringBuilder();
        var count = _random.Next(1, 30);
        for (var i = 0; i < count; i++)
        {
            var sigil = _random.Next(8) switch { 0 => "#", 1 => "@", _ => string.Empty };
            builder.Append(sigil).Append(Surface(Word())).Append(_separators[_random.Next(_separators.Length)]);
        }

        return builder.ToString();
    }

    public string? Language() => Pick(null, "de", "en", "de-AT", "fr");

    public string[] Languages() => _random.Next(3) == 0 ? [Pick("de", "en")] : [];

    public string? Author() => _random.Next(3) == 0 ? "@" + Word() : null;

    private string Word() => _words[_random.Next(_words.Length)];

    private string Prefix()
    {
        var word = _words[_random.Next(_words.Length)];
        return word.Length < 3 ? word : word[..(_random.Next(2, word.Length) + 1)] + "*";
    }

    private string Sigil() => Pick("#", "@");

    // Spelling variants an item might use for the same word: upper case, umlauts spelled out, ß as ss.
    private string Surface(string word) => _random.Next(5) switch
    {
        0 => word.ToUpperInvariant(),
        1 => word.Replace("ü", "ue", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal),
        2 => char.ToUpperInvariant(word[0]) + word[1..],
        _ => word,
    };

    private T Pick<T>(params T[] options) => options[_random.Next(options.Length)];
}
