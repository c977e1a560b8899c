using System.Text.Json.Serialization;

namespace Alerts.Emotion;

/// <summary>
/// Sentiment and emotion counts of one topic bucket. Mutable and JSON-serialisable (System.Text.Json, public
/// settable properties) because Storage persists it with the bucket. Not thread-safe: one writer per bucket.
/// </summary>
public sealed class EmotionAggregate
{
    private int[] _emotionCounts = new int[EmotionVector.Count];

    public int Negative { get; set; }

    public int Neutral { get; set; }

    public int Positive { get; set; }

    public double ValenceSum { get; set; }

    /// <summary>Items whose top emotion was each <see cref="EmotionCategory"/>, indexed by its value.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "The issue's storage contract is int[8].")]
    public int[] EmotionCounts
    {
        get => _emotionCounts;
        set => _emotionCounts = value is { Length: EmotionVector.Count }
            ? value
            : throw new ArgumentException($"EmotionCounts needs {EmotionVector.Count} entries, one per EmotionCategory.", nameof(value));
    }

    public ItemRef? MostNegative { get; set; }

    public ItemRef? MostPositive { get; set; }

    [JsonIgnore]
    public int Total => Negative + Neutral + Positive;

    /// <summary>Mean valence of all items; 0 for an empty bucket.</summary>
    [JsonIgnore]
    public double MeanValence => Total == 0 ? 0 : ValenceSum / Total;

    public void Add(in EmotionReading r, ItemRef item)
    {
        ArgumentNullException.ThrowIfNull(item);
        switch (r.Label)
        {
            case SentimentLabel.Negative: Negative++; break;
            case SentimentLabel.Positive: Positive++; break;
            default: Neutral++; break;
        }

        ValenceSum += r.Valence;
        if (r.TopEmotion is { } top) _emotionCounts[(int)top]++;
        Consider(item with { Valence = r.Valence });
    }

    /// <summary>Folds another bucket in (e.g. partial aggregates from parallel scans of one bucket).</summary>
    public void Merge(EmotionAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Negative += other.Negative;
        Neutral += other.Neutral;
        Positive += other.Positive;
        ValenceSum += other.ValenceSum;
        for (var i = 0; i < _emotionCounts.Length; i++) _emotionCounts[i] += other._emotionCounts[i];
        if (other.MostNegative is { } neg) Consider(neg);
        if (other.MostPositive is { } pos) Consider(pos);
    }

    /// <summary>Only polar items qualify: a bucket of neutral posts has no "most negative" example.</summary>
    private void Consider(ItemRef item)
    {
        if (item.Valence < 0 && (MostNegative is null || item.Valence < MostNegative.Valence)) MostNegative = item;
        if (item.Valence > 0 && (MostPositive is null || item.Valence > MostPositive.Valence)) MostPositive = item;
    }
}
