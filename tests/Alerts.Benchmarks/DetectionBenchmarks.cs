using Alerts.Detection;
using BenchmarkDotNet.Attributes;

namespace Alerts.Benchmarks;

/// <summary>
/// Throughput of the production <see cref="TopicDetector"/> per bucket update, beside Huginn's peak detector
/// (rolling mean + k·σ, O(1) with running sums) on the same eight weeks of seasonal 5-minute buckets.
/// Each invocation replays the whole series into a fresh detector, so the per-operation time is per bucket.
/// </summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private const int Buckets = 8 * 7 * 288;

    private BucketObservation[] _series = [];
    private byte[] _state = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = new DateTimeOffset(2015, 3, 2, 0, 0, 0, TimeSpan.Zero);
        _series = new BucketObservation[Buckets];
        for (var i = 0; i < Buckets; i++)
        {
            var at = start.AddMinutes(5 * i);
            var mean = 10 + (40 * Math.Pow(Math.Sin(at.TimeOfDay.TotalHours / 24 * Math.PI), 2));
            var mentions = (int)Math.Max(0, Math.Round(mean + (Math.Sqrt(mean) * NextGaussian(random)) + (random.NextDouble() < 0.001 ? 500 : 0)));
            _series[i] = new BucketObservation(at, mentions, mentions / 8, mentions / 5);
        }

        var detector = new TopicDetector(new DetectorSettings());
        foreach (var bucket in _series) detector.Observe(bucket);
        _state = detector.SaveState();

        // Read by scripts/bench-nab.sh from the benchmark log.
        Console.WriteLine($"detector-state-bytes: {_state.Length}");
    }

    [Benchmark(OperationsPerInvoke = Buckets, Description = "TopicDetector.Observe")]
    public int TopicDetector()
    {
        var detector = new TopicDetector(new DetectorSettings());
        var alerts = 0;
        foreach (var bucket in _series)
        {
            foreach (var decision in detector.Observe(bucket))
            {
                if (decision.EpisodeStarted) alerts++;
            }
        }

        return alerts;
    }

    [Benchmark(OperationsPerInvoke = Buckets, Baseline = true, Description = "Huginn mean+3σ (baseline)")]
    public int Huginn()
    {
        var detector = new HuginnPeakDetector(window: 288, sigmas: 3);
        var alerts = 0;
        foreach (var bucket in _series)
        {
            if (detector.Observe(bucket.Mentions)) alerts++;
        }

        return alerts;
    }

    [Benchmark(Description = "SaveState + Load")]
    public TopicDetector StateRoundTrip() => Alerts.Detection.TopicDetector.Load(new DetectorSettings(), _state);

    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>
    /// Huginn's peak detector: a value more than k standard deviations above the mean of the last <c>window</c>
    /// values is a peak. The window includes past peaks, which is the weakness the production detector avoids.
    /// </summary>
    private sealed class HuginnPeakDetector(int window, double sigmas)
    {
        private readonly double[] _values = new double[window];
        private int _count;
        private int _next;
        private double _sum;
        private double _sumOfSquares;

        public bool Observe(double value)
        {
            var peak = false;
            if (_count >= 2)
            {
                var mean = _sum / _count;
                var variance = Math.Max(0, (_sumOfSquares / _count) - (mean * mean));
                peak = value > mean + (sigmas * Math.Sqrt(variance));
            }

            if (_count == _values.Length)
            {
                var old = _values[_next];
                _sum -= old;
                _sumOfSquares -= old * old;
            }
            else
            {
                _count++;
            }

            _values[_next] = value;
            _sum += value;
            _sumOfSquares += value * value;
            _next = (_next + 1) % _values.Length;
            return peak;
        }
    }
}
