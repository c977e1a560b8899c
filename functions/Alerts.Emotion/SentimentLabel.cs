namespace Alerts.Emotion;

/// <summary>Three-way polarity, ordered like the TweetEval and SB-10k label ids (0 neg, 1 neu, 2 pos).</summary>
public enum SentimentLabel : byte
{
    Negative = 0,
    Neutral = 1,
    Positive = 2,
}
