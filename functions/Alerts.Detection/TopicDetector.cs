namespace Alerts.Detection;

/// <summary>
/// The detectors of one topic. Feed it each closed bucket in time order; it answers with one decision per signal
/// for that bucket (and for any empty buckets it filled in before it). Work per bucket is O(1) and the state is a
/// few fixed arrays, saved in well under 4 KB by <see cref="SaveState"/>.
/// </summary>
public sealed partial class TopicDetector
{
    private const int SignalCount = 4;
    private static readonly SpikeDecision[] NoDecisions = [];

    private readonly DetectorLimits _limits;
    private readonly SeasonalBaseline _volume;
    private readonly ShareBaseline _negative;
    private readonly ShareBaseline _positive;
    private RecentWindow _volumeWindow;
    private TailCalibration _volumeTail;
    private Rearm _volumeRearm;
    private TailCalibration _negativeTail;
    private TailCalibration _positiveTail;
    private Episode _volumeEpisode;
    private Episode _negativeEpisode;
    private Episode _positiveEpisode;
    private Episode _silenceEpisode;
    private SilenceRun _silence;
    private long _volumeRiseTicks;
    private long _lastTicks;
    private bool _hasLast;
    private uint _bucketsSeen;

    public TopicDetector(DetectorSettings settings)
    {
        _limits = DetectorLimits.From(settings);
        _volume = new SeasonalBaseline(_limits.BucketsPerHour);
        _negative = new ShareBaseline(_limits.BucketsPerHour);
        _positive = new ShareBaseline(_limits.BucketsPerHour);
    }

    /// <summary>Start of the newest bucket taken in; older or equal buckets are ignored as replays.</summary>
    public DateTimeOffset? LastBucketStart => _hasLast ? new DateTimeOffset(_lastTicks, TimeSpan.Zero) : null;

    /// <summary>
    /// Takes one closed bucket. Returns nothing for a duplicate or out-of-order bucket (it is never counted twice).
    /// Missing buckets before it count as empty, up to <see cref="DetectorSettings.MaxGapFill"/>; a longer jump
    /// closes open episodes and starts afresh from this bucket, keeping what the baseline learnt.
    /// </summary>
    public IReadOnlyList<SpikeDecision> Observe(BucketObservation bucket)
    {
        if (bucket.Mentions < 0 || bucket.Negative < 0 || bucket.Positive < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Counts cannot be negative.");
        }

        var ticks = bucket.Start.UtcTicks;
        var steps = _hasLast ? Math.Round((ticks - _lastTicks) / (double)_limits.BucketTicks) : 1;
        if (steps < 1) return NoDecisions;

        var negative = Math.Min(bucket.Negative, bucket.Mentions);
        var positive = Math.Min(bucket.Positive, bucket.Mentions);
        IReadOnlyList<SpikeDecision> result;
        if (steps == 1)
        {
            // The common case, kept allocation-light: one array of the four decisions.
            var decisions = new SpikeDecision[SignalCount];
            Process(ticks, bucket.Mentions, negative, positive, decisions.AsSpan());
            result = decisions;
        }
        else
        {
            result = ObserveAfterGap(ticks, (long)steps, bucket.Mentions, negative, positive);
        }

        _lastTicks = ticks;
        _hasLast = true;
        return result;
    }

    private List<SpikeDecision> ObserveAfterGap(long ticks, long steps, int mentions, int negative, int positive)
    {
        var output = new List<SpikeDecision>(SignalCount * (int)Math.Min(steps, _limits.MaxGapFillBuckets + 1));
        var scratch = new SpikeDecision[SignalCount];
        if (steps - 1 > _limits.MaxGapFillBuckets)
        {
            BreakEpisodes(_lastTicks + _limits.BucketTicks, output);
        }
        else
        {
            for (var i = 1; i < steps; i++)
            {
                Process(_lastTicks + (i * _limits.BucketTicks), 0, 0, 0, scratch);
                output.AddRange(scratch);
            }
        }

        Process(ticks, mentions, negative, positive, scratch);
        output.AddRange(scratch);
        return output;
    }

    private void Process(long ticks, int mentions, int negative, int positive, Span<SpikeDecision> output)
    {
        var utc = new DateTime(ticks, DateTimeKind.Utc);
        var hourOfWeek = ((int)utc.DayOfWeek * 24) + utc.Hour;
        var warm = _bucketsSeen >= _limits.WarmUpBuckets;
        var expected = _volume.Expected(hourOfWeek);

        output[0] = Volume(ticks, warm, mentions, expected);
        output[1] = Emotion(Signal.NegativeEmotion, ticks, warm, mentions, negative, expected, _negative, ref _negativeEpisode, ref _negativeTail);
        output[2] = Emotion(Signal.PositiveEmotion, ticks, warm, mentions, positive, expected, _positive, ref _positiveEpisode, ref _positiveTail);
        output[3] = Silence(ticks, warm, mentions, expected);

        // An outage must not teach the baseline that the topic went quiet, so silent episodes do not update it.
        if (!_silenceEpisode.Active)
        {
            _volume.Update(hourOfWeek, mentions, expected, _volumeEpisode.Active);
            _negative.Update(mentions, negative, _negativeEpisode.Active);
            _positive.Update(mentions, positive, _positiveEpisode.Active);
        }

        _bucketsSeen = Math.Min(uint.MaxValue - 1, _bucketsSeen + 1);
    }

    private void BreakEpisodes(long ticks, List<SpikeDecision> output)
    {
        var at = new DateTimeOffset(ticks, TimeSpan.Zero);
        AddBreak(Signal.Volume, ref _volumeEpisode);
        AddBreak(Signal.NegativeEmotion, ref _negativeEpisode);
        AddBreak(Signal.PositiveEmotion, ref _positiveEpisode);
        AddBreak(Signal.Silence, ref _silenceEpisode);
        _silence.Reset();
        _volumeWindow.Clear();
        _volumeRiseTicks = 0;

        void AddBreak(Signal signal, ref Episode episode)
        {
            var onset = new DateTimeOffset(episode.OnsetTicks, TimeSpan.Zero);
            if (episode.Break() == EpisodeStep.Ended)
            {
                output.Add(new(signal, at, onset, 0, 0, 0, 1, 0, false, false, false, true, SeverityScale.None));
            }
        }
    }
}
