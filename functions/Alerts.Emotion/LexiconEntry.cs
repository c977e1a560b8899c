namespace Alerts.Emotion;

/// <summary>
/// One normalised key of the merged lexicon. German and English share the key space so a token is hashed once
/// and both languages are scored in the same pass; the language decision is made at the end.
/// </summary>
internal struct LexiconEntry
{
    /// <summary>German valence on VADER's -4..+4 scale; 0 when the word is not a German sentiment word.</summary>
    public float De;

    /// <summary>English valence on VADER's -4..+4 scale.</summary>
    public float En;

    /// <summary>Bit i set = <see cref="EmotionCategory"/> i, German reading.</summary>
    public byte EmotionsDe;

    public byte EmotionsEn;

    public WordFlags Flags;
}
