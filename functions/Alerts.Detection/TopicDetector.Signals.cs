namespace Alerts.Detection;

/// <summary>The per-signal tests: each turns one bucket into a <see cref="SpikeDecision"/> with its evidence.</summary>
public sealed partial class TopicDetector
{
    private const double Log10Two = 0.3010299956639812;

    private SpikeDecision Volume(long ticks, bool warm, int mentions, double expected)
    {
        var dispersion = _volume.Dispersion;
        var (windowObserved, windowExpected) = _volumeWindow.With(mentions, expected);
        _volumeWindow.Push(mentions, expected);

        // The window's counts are sums of three buckets, so their relative over-dispersion is about a third.
        var surprise = Math.Max(
            -Tails.NegBinUpperLog10(mentions, expected, dispersion),
            -Tails.NegBinUpperLog10(windowObserved, windowExpected, dispersion / RecentWindow.Length));
        var log10P = _volumeTail.Log10P(surprise);
        _volumeTail.Update(surprise, _limits.CalibrationMemory);
        var strength = -log10P / _limits.ThresholdSurprise;
        var lift = mentions / expected;
        var spike = warm && mentions >= _limits.MinCount && lift >= _limits.MinLift && strength >= 1
            && (_volumeEpisode.Active || strength >= _volumeRearm.Required(ticks, _limits.RearmHalfLifeTicks));
        if (spike) _volumeRearm.Record(ticks, strength, _limits.RearmHalfLifeTicks);

        // The onset is where the rise began (first bucket above one standard deviation), not where it crossed the bar.
        if (mentions > expected + _volume.StandardDeviation(expected))
        {
            if (_volumeRiseTicks == 0) _volumeRiseTicks = ticks;
        }
        else
        {
            _volumeRiseTicks = 0;
        }

        var step = _volumeEpisode.Advance(spike, _volumeRiseTicks == 0 ? ticks : _volumeRiseTicks, _limits.CooldownBuckets);
        var score = DecisionScore.For(step, warm, strength, lift, _limits.MinLift, mentions, _limits.MinCount);
        return Decide(Signal.Volume, ticks, _volumeEpisode.OnsetTicks, mentions, expected, lift, log10P, score, spike, step, strength);
    }

    /// <summary>
    /// An emotion spike needs both: the labelled count well above what the expected volume at the usual share brings,
    /// and the share itself well above usual (beta-binomial). Either alone would be weaker: a count rise at the usual
    /// share is just a volume spike (already alerted), and a share jump on falling volume is no storm.
    /// </summary>
    private SpikeDecision Emotion(Signal signal, long ticks, bool warm, int mentions, int labelled, double expectedVolume, ShareBaseline baseline, ref Episode episode, ref TailCalibration tail)
    {
        var share = baseline.Share;
        var expected = expectedVolume * share;
        var countLog10 = Tails.NegBinUpperLog10(labelled, expected, _volume.Dispersion);

        // Both tests must pass, so the share test is only worth computing when the count test says something.
        var shareLog10 = countLog10 + Log10Two < 0 ? Tails.ShareUpperLog10(labelled, mentions, share, baseline.Rho) : 0;
        var surprise = -Math.Min(0, Math.Max(countLog10, shareLog10) + Log10Two);
        var log10P = tail.Log10P(surprise);
        tail.Update(surprise, _limits.CalibrationMemory);
        var strength = -log10P / _limits.ThresholdSurprise;
        var lift = labelled / Math.Max(expected, 0.05);
        var spike = warm && labelled >= _limits.MinEmotionCount && lift >= _limits.MinLift && strength >= 1;
        var step = episode.Advance(spike, ticks, _limits.CooldownBuckets);
        var score = DecisionScore.For(step, warm, strength, lift, _limits.MinLift, labelled, _limits.MinEmotionCount);
        return Decide(signal, ticks, episode.OnsetTicks, labelled, expected, lift, log10P, score, spike, step, strength);
    }

    /// <summary>
    /// Silence tests the whole empty run at once: P(every bucket empty | expected) under the negative binomial,
    /// and only once the run was expected to bring enough mentions for the absence to mean something.
    /// </summary>
    private SpikeDecision Silence(long ticks, bool warm, int mentions, double expected)
    {
        if (mentions == 0)
        {
            // The floor on the expectation is there for finite lifts; it must not add up to silence on a dead topic.
            _silence.Extend(ticks, expected > SeasonalBaseline.MinMean ? expected : 0, _volume.Dispersion);
        }
        else
        {
            _silence.Reset();
        }

        var log10P = _silence.Log10Probability;
        var strength = -log10P / _limits.ThresholdSurprise;
        var spike = warm && _silence.Length > 0 && _silence.Expected >= _limits.MinSilenceExpected && strength >= 1;
        var onset = _silence.Length > 0 ? _silence.StartTicks : ticks;

        // Silence ends with the first non-empty bucket: traffic is back, there is nothing to cool down from.
        var step = _silenceEpisode.Advance(spike, onset, 1);
        var closeness = _silence.Expected / _limits.MinSilenceExpected;
        var score = DecisionScore.For(step, warm, strength, 1, 1, closeness, 1);
        return Decide(Signal.Silence, ticks, _silenceEpisode.OnsetTicks, 0, _silence.Expected, 0, log10P, score, spike, step, strength);
    }

    private static SpikeDecision Decide(Signal signal, long ticks, long onsetTicks, double observed, double expected, double lift, double log10P, double score, bool spike, EpisodeStep step, double strength)
    {
        var start = new DateTimeOffset(ticks, TimeSpan.Zero);
        var onset = step is EpisodeStep.None ? start : new DateTimeOffset(onsetTicks, TimeSpan.Zero);
        return new SpikeDecision(
            signal,
            start,
            onset,
            observed,
            expected,
            lift,
            log10P == 0 ? 1 : Math.Pow(10, log10P),
            score,
            spike,
            step == EpisodeStep.Started,
            step == EpisodeStep.Continues,
            step == EpisodeStep.Ended,
            SeverityScale.For(spike, strength, signal == Signal.Silence ? double.PositiveInfinity : lift));
    }
}
