using System.Globalization;
using Alerts.Domain.Buckets;
using Alerts.Loadgen.Harness;

namespace Alerts.Loadgen.Commands;

/// <summary>
/// End-to-end latency: the standalone app on Azurite, one local feed and one Teams channel per run. Each run's topic
/// has a pre-warmed detector and calm baseline traffic; at a known time its feed starts a burst of angry posts. The
/// latency is the time from the burst's first post (its publication time) to the first card arriving at the local
/// Teams receiver. Runs go in parallel (separate topics), their bursts spread evenly over one bucket length so the
/// burst's position inside a bucket (which decides how long the bucket stays open) is sampled evenly.
/// </summary>
public static class LatencyCommand
{
    public sealed record Options(int Runs, TimeSpan BucketLength, TimeSpan? SettleDelay, Schedules Schedules, int FeedIntervalSeconds);

    public static async Task<int> RunAsync(Options o, string workDir)
    {
        await using var stack = await Stack.StartAsync(workDir);
        var account = stack.NewAccount();
        var feeds = new BurstFeeds("lt");
        var now = DateTimeOffset.UtcNow;
        var clock = new BucketClock(o.BucketLength);

        // Bursts start once the app has had time to start and poll each feed once.
        var firstBurst = now + TimeSpan.FromSeconds(60 + o.FeedIntervalSeconds);
        var bursts = Enumerable.Range(0, o.Runs).Select(i => firstBurst + (o.BucketLength * i / o.Runs)).ToArray();
        var seed = new Seed();
        var extra = new List<KeyValuePair<string, string>> { new("Alerts__Scan__BucketLength", o.BucketLength.ToString()) };
        if (o.SettleDelay is { } settle) extra.Add(new("Alerts__Scan__SettleDelay", settle.ToString()));
        for (var i = 0; i < o.Runs; i++)
        {
            feeds.AddBurst(i, bursts[i]);
            seed.Channel($"lat-{i}").Topic($"lat-{i}", feeds.Brand(i), $"lat-{i}").Feed($"lat-f{i}", stack.Peers.FeedUrl($"lat-f{i}"), o.FeedIntervalSeconds);
            extra.Add(new($"TeamsWebhook__lat_{i}", stack.Peers.TeamsUrl($"lat-{i}")));
        }

        stack.Peers.Feeds = (id, at) => id.StartsWith("lat-f", StringComparison.Ordinal) && int.TryParse(id.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < o.Runs
            ? feeds.Render(i, at) : null;
        Console.WriteLine($"pre-warming {o.Runs} detectors with one day of baseline buckets…");
        await feeds.PrewarmAsync(Stack.TablesOf(account), Enumerable.Range(0, o.Runs).Select(i => (i, $"lat-{i}")), o.BucketLength, now);

        var settleDelay = o.SettleDelay ?? TimeSpan.FromMinutes(2);
        var env = Stack.AppEnvironment(account, seed.Write(stack.WorkDir), o.Schedules, extra);
        await using var app = await AppProcess.StartAsync(Stack.AppDir, env, Path.Combine(workDir, "latency-app.log"), CancellationToken.None);
        Console.WriteLine($"app up at {app.Url}; bursts from {firstBurst:HH:mm:ss} to {bursts[^1]:HH:mm:ss} UTC; bucket {o.BucketLength}, settle {settleDelay}, " +
                          $"PollFeeds '{o.Schedules.PollFeeds}', feed interval {o.FeedIntervalSeconds} s, EvaluateTopics '{o.Schedules.EvaluateTopics}'");

        var deadline = bursts[^1] + (o.BucketLength * 3) + settleDelay + TimeSpan.FromMinutes(3);
        var latencies = new double?[o.Runs];
        while (DateTimeOffset.UtcNow < deadline && latencies.Any(l => l is null))
        {
            await Task.Delay(500);
            for (var i = 0; i < o.Runs; i++)
            {
                if (latencies[i] is not null) continue;
                var card = stack.Peers.Cards.Where(c => c.Channel == $"lat-{i}").OrderBy(c => c.At).FirstOrDefault();
                if (card is null) continue;
                latencies[i] = (card.At - bursts[i]).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {i}: burst at {bursts[i]:HH:mm:ss}, card after {latencies[i]:F1} s"));
            }
        }

        var pollInterval = Math.Max(o.FeedIntervalSeconds, PeriodSeconds(o.Schedules.PollFeeds));
        var target = pollInterval + o.BucketLength.TotalSeconds + 5;
        Console.WriteLine();
        Console.WriteLine("| run | burst offset in bucket (s) | earliest possible (bucket end + settle) (s) | latency (s) | beyond earliest (s) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        for (var i = 0; i < o.Runs; i++)
        {
            var offset = (bursts[i] - clock.StartOf(bursts[i])).TotalSeconds;
            var earliest = (clock.StartOf(bursts[i]) + o.BucketLength + settleDelay - bursts[i]).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {i} | {offset:F0} | {earliest:F0} | {(latencies[i] is { } l ? l.ToString("F1", CultureInfo.InvariantCulture) : "no card")} | {(latencies[i] is { } m ? (m - earliest).ToString("F1", CultureInfo.InvariantCulture) : "–")} |"));
        }

        var measured = latencies.Where(l => l is not null).Select(l => l!.Value).Order().ToArray();
        var missed = o.Runs - measured.Length;
        Console.WriteLine();
        if (measured.Length == 0)
        {
            Console.WriteLine($"no card arrived in {o.Runs} runs; see {Path.Combine(workDir, "latency-app.log")}");
            return 1;
        }

        var (p50, p95) = (Percentile(measured, 0.50), Percentile(measured, 0.95));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency burst → card over {measured.Length} runs ({missed} without a card): p50 {p50:F1} s, p95 {p95:F1} s, max {measured[^1]:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target p95 < poll interval {pollInterval} s + bucket {o.BucketLength.TotalSeconds:F0} s + 5 s = {target:F0} s: {(p95 < target && missed == 0 ? "met" : "MISSED")}"));
        Console.WriteLine($"app errors in the log: {app.Errors.Count}; load average: {LoadAverage.Read()}");
        foreach (var error in app.Errors.Take(5)) Console.WriteLine("  " + error);
        return missed == 0 ? 0 : 1;
    }

    /// <summary>Nearest-rank percentile of a sorted sample.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Seconds between firings of a 6-field schedule whose seconds field is "n", "*/n" or "*" (minutes field "*").</summary>
    private static int PeriodSeconds(string schedule)
    {
        var seconds = schedule.Split(' ')[0];
        if (seconds == "*") return 1;
        return seconds.StartsWith("*/", StringComparison.Ordinal) ? int.Parse(seconds[2..], CultureInfo.InvariantCulture) : 60;
    }
}
