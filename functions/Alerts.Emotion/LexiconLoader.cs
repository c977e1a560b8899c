using System.Globalization;

namespace Alerts.Emotion;

/// <summary>
/// Builds the <see cref="Lexicon"/> from the embedded data files (see THIRD-PARTY-NOTICES.md for their sources).
/// Runs once per process; speed here does not matter, clarity does.
/// </summary>
internal static class LexiconLoader
{
    /// <summary>AFINN runs -5..+5, VADER -4..+4: AFINN-only words are scaled onto VADER's range.</summary>
    private const float AfinnToVader = 0.8f;

    public static Lexicon Load()
    {
        var builder = new LexiconBuilder();
        foreach (var line in Lines("en.vader_lexicon.txt"))
        {
            var cols = line.Split('\t');
            builder.AddEnglish(cols[0], Parse(cols[1]), overwrite: true);
        }

        foreach (var line in Lines("en.afinn-165.tsv"))
        {
            var cols = line.Split('\t');
            builder.AddEnglish(cols[0], Parse(cols[1]) * AfinnToVader, overwrite: false);
        }

        foreach (var (head, words) in Groups("en.valence.txt", builder))
        {
            var parts = head.Split('|');
            foreach (var w in words)
            {
                // '_' joins a two-word phrase; a face like "-_-" or "^_^" starts with a symbol and keeps it.
                var face = !char.IsLetter(w[0]);
                builder.AddEnglish(face ? w : w.Replace('_', ' '), Parse(parts[0]), overwrite: true, curated: true);
                if (face) builder.AddFaceEmotions([w], Emotions(parts[1]));
                else builder.AddEnglishEmotions(w, Emotions(parts[1]));
            }
        }

        foreach (var (emotions, words) in Groups("en.emotions.txt", builder))
        {
            foreach (var w in words) builder.AddEnglishEmotions(w, Emotions(emotions));
        }

        foreach (var (head, words) in Groups("de.valence.txt", builder))
        {
            var parts = head.Split('|');
            foreach (var w in words) builder.AddGerman(w, Parse(parts[0]), Emotions(parts[1]));
        }

        builder.AddGermanInflections();
        foreach (var (head, prefixes) in Groups("de.prefixes.txt", builder))
        {
            var parts = head.Split('|');
            foreach (var p in prefixes) builder.AddGermanPrefix(p, Parse(parts[0]), Emotions(parts[1]));
        }

        foreach (var (kind, words) in Groups("de.rules.txt", builder)) builder.AddRule(kind, words, german: true);
        foreach (var (kind, words) in Groups("en.rules.txt", builder)) builder.AddRule(kind, words, german: false);
        foreach (var (emotions, faces) in Groups("emoji-emotions.txt", builder)) builder.AddFaceEmotions(faces, Emotions(emotions));
        EmojiRanking.AddTo(builder, Lines("emoji.Emoji_Sentiment_Data_v1.0.csv").Skip(1));
        return builder.Build();
    }

    internal static IEnumerable<string> Lines(string name) => Lines(name, null);

    /// <summary>The data lines of an embedded file; tells <paramref name="builder"/> which file it is reading.</summary>
    private static IEnumerable<string> Lines(string name, LexiconBuilder? builder)
    {
        if (builder is not null)
        {
            // Resource names spell folders with dots: "de.valence.txt" is Lexicons/de/valence.txt.
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            builder.Source = name.IndexOf('.', dot + 1) > 0 ? $"{name[..dot]}/{name[(dot + 1)..]}" : name;
        }

        using var stream = typeof(LexiconLoader).Assembly.GetManifestResourceStream("Alerts.Emotion.Lexicons." + name)
            ?? throw new InvalidOperationException($"Embedded lexicon 'Lexicons/{name}' is missing from Alerts.Emotion.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') yield return line;
        }
    }

    /// <summary>Our own lists: "head|words separated by spaces", where head is everything before the last '|'.</summary>
    private static IEnumerable<(string Head, string[] Words)> Groups(string name, LexiconBuilder builder)
    {
        foreach (var line in Lines(name, builder))
        {
            var bar = line.LastIndexOf('|');
            yield return (line[..bar], line[(bar + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static float Parse(string s) => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>"ang,dis" → bit mask over <see cref="EmotionCategory"/>; "-" is none.</summary>
    private static byte Emotions(string codes)
    {
        byte mask = 0;
        foreach (var code in codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var index = Array.IndexOf(_emotionCodes, code);
            if (index >= 0) mask |= (byte)(1 << index);
            else if (code != "-") throw new InvalidOperationException($"Unknown emotion code '{code}' in an embedded lexicon file (codes: {string.Join(' ', _emotionCodes)}, or '-').");
        }

        return mask;
    }

    private static readonly string[] _emotionCodes = ["ang", "fea", "joy", "sad", "sur", "dis", "tru", "ant"];
}
