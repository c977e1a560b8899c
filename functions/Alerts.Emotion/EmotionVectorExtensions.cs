namespace Alerts.Emotion;

/// <summary>Accumulation on <see cref="EmotionVector"/>.</summary>
internal static class EmotionVectorExtensions
{
    public static void Add(ref this EmotionVector vector, byte emotions, float weight)
    {
        for (var bits = (uint)emotions; bits != 0; bits &= bits - 1)
        {
            vector[System.Numerics.BitOperations.TrailingZeroCount(bits)] += weight;
        }
    }
}
