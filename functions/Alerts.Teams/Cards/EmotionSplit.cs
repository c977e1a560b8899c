namespace Alerts.Teams;

/// <summary>How many posts in the alert window scored negative, neutral and positive, and their mean valence (−1 … 1).</summary>
public sealed record EmotionSplit(int Negative, int Neutral, int Positive, double MeanValence)
{
    public int Total => Negative + Neutral + Positive;
}
