namespace Alerts.Emotion;

/// <summary>The sentiment and emotion reading of one text. A value type so scoring allocates nothing.</summary>
public readonly struct EmotionReading
{
    private readonly EmotionVector _intensities;

    internal EmotionReading(Language language, double valence, SentimentLabel label, EmotionCategory? topEmotion, EmotionVector intensities)
    {
        Language = language;
        Valence = valence;
        Label = label;
        TopEmotion = topEmotion;
        _intensities = intensities;
    }

    /// <summary>Detected (or hinted) language.</summary>
    public Language Language { get; }

    /// <summary>VADER-style compound score in [-1, 1].</summary>
    public double Valence { get; }

    public SentimentLabel Label { get; }

    /// <summary>The strongest emotion, or null when no emotion word, emoji or emoticon was found.</summary>
    public EmotionCategory? TopEmotion { get; }

    /// <summary>Intensity in [0, 1) for one category; 0 when the text carries none of it.</summary>
    public float GetIntensity(EmotionCategory category) =>
        (uint)category < EmotionVector.Count ? _intensities[(int)category] : throw new ArgumentOutOfRangeException(nameof(category));
}
