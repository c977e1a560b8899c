namespace Alerts.Emotion;

/// <summary>
/// Plutchik's eight basic emotions. The numeric order is part of the storage format
/// (<see cref="EmotionAggregate.EmotionCounts"/> is indexed by it), so never reorder.
/// </summary>
public enum EmotionCategory : byte
{
    Anger,
    Fear,
    Joy,
    Sadness,
    Surprise,
    Disgust,
    Trust,
    Anticipation,
}
