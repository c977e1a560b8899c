using System.Globalization;

namespace Alerts.Emotion;

/// <summary>
/// Reads the Emoji Sentiment Ranking v1.0 (Kralj Novak et al. 2015, CC BY-SA 4.0), shipped unchanged as a
/// separate file. Its sentiment score is (positive - negative) / occurrences in [-1, 1].
/// </summary>
internal static class EmojiRanking
{
    /// <summary>Scores from a handful of tweets are noise; the paper itself reports emoji with 5+ occurrences.</summary>
    private const int MinOccurrences = 5;

    /// <summary>Maps the ranking's [-1, 1] onto VADER's word scale: the strongest emoji weigh like "great" (3.1).</summary>
    private const float Scale = 3.5f;

    public static void AddTo(LexiconBuilder builder, IEnumerable<string> csvLines)
    {
        foreach (var line in csvLines)
        {
            // Emoji,Unicode codepoint,Occurrences,Position,Negative,Neutral,Positive,Unicode name,Unicode block
            var cols = line.Split(',');
            if (cols.Length < 7 || !cols[1].StartsWith("0x", StringComparison.Ordinal)) continue;
            var codePoint = int.Parse(cols[1].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var occurrences = int.Parse(cols[2], CultureInfo.InvariantCulture);
            if (occurrences < MinOccurrences) continue;
            var negative = int.Parse(cols[4], CultureInfo.InvariantCulture);
            var positive = int.Parse(cols[6], CultureInfo.InvariantCulture);
            builder.AddEmoji(codePoint, Scale * (positive - negative) / occurrences);
        }
    }
}
