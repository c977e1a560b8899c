namespace Alerts.Detection;

/// <summary>
/// Maps evidence to <see cref="SpikeDecision.Score"/>. Only an episode start reaches 0.5, so a fixed threshold of
/// 0.5 reproduces the configured sensitivity exactly. Near misses grade in [0, 0.45) by how many gates they
/// nearly passed; buckets inside an episode stay under 0.05 because they raise no new alert.
/// </summary>
internal static class DecisionScore
{
    public static double For(EpisodeStep step, bool warm, double strength, double lift, double minLift, double count, double minCount)
    {
        if (step == EpisodeStep.Started)
        {
            var excess = Math.Max(0, strength - 1);
            return 0.5 + (0.5 * excess / (1 + excess));
        }

        var closeness = Math.Clamp(strength, 0, 1) * Math.Min(1, lift / minLift) * Math.Min(1, count / minCount);
        if (closeness <= 0) return 0;
        if (step != EpisodeStep.None) return 0.05 * closeness;
        return warm ? 0.45 * closeness : 0;
    }
}
