using System.Globalization;
using Alerts.Loadgen.Harness;
using Alerts.Storage.Feeds;
using Azure.Storage.Queues;

namespace Alerts.Loadgen.Commands;

/// <summary>
/// Soak: the standalone app with 50 local feeds and 100 topics (pre-warmed detectors, calm baseline traffic, a burst of
/// angry posts on another topic every two minutes so alerts and cards flow too) for a given time. Samples the app's
/// resident memory and CPU, items counted, cards and poison messages, then prints whether memory stayed flat, whether
/// anything was poisoned and whether the log has errors.
/// </summary>
public static class SoakCommand
{
    private const int FeedCount = 50;
    private const int TopicCount = 100;
    private static readonly TimeSpan BucketLength = TimeSpan.FromMinutes(1);

    public static async Task<int> RunAsync(TimeSpan duration, TimeSpan sampleEvery, string workDir)
    {
        await using var stack = await Stack.StartAsync(workDir);
        var account = stack.NewAccount();
        var feeds = new BurstFeeds("sk");
        var start = DateTimeOffset.UtcNow;
        for (var k = 0; start + TimeSpan.FromMinutes(2 * (k + 1)) < start + duration; k++)
        {
            feeds.AddBurst((k * 37) % TopicCount, start + TimeSpan.FromMinutes(2 * (k + 1)));
        }

        var seed = new Seed().Channel("soak");
        for (var t = 0; t < TopicCount; t++) seed.Topic($"soak-t{t}", feeds.Brand(t), "soak");
        for (var f = 0; f < FeedCount; f++) seed.Feed($"soak-f{f}", stack.Peers.FeedUrl($"soak-f{f}"), 15);

        // Feed f carries topics 2f and 2f+1.
        stack.Peers.Feeds = (id, at) => id.StartsWith("soak-f", StringComparison.Ordinal) && int.TryParse(id.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var f) && f < FeedCount
            ? Rss.Render(id, feeds.Items(2 * f, at - TimeSpan.FromMinutes(20), at).Concat(feeds.Items((2 * f) + 1, at - TimeSpan.FromMinutes(20), at)).OrderByDescending(i => i.Published))
            : null;
        Console.WriteLine($"pre-warming {TopicCount} detectors…");
        await feeds.PrewarmAsync(Stack.TablesOf(account), Enumerable.Range(0, TopicCount).Select(t => (t, $"soak-t{t}")), BucketLength, start);

        var env = Stack.AppEnvironment(account, seed.Write(stack.WorkDir), new Schedules("*/15 * * * * *", "*/20 * * * * *", "30 * * * * *"),
        [
            new("Alerts__Scan__BucketLength", BucketLength.ToString()),
            new("Alerts__Scan__SettleDelay", "00:00:20"),
            new("TeamsWebhook__soak", stack.Peers.TeamsUrl("soak")),
        ]);
        var logPath = Path.Combine(workDir, "soak-app.log");
        await using var app = await AppProcess.StartAsync(Stack.AppDir, env, logPath, CancellationToken.None);
        Console.WriteLine($"app up (pid {app.Pid}); {FeedCount} feeds, {TopicCount} topics, {duration.TotalMinutes:0.#} min, a sample every {sampleEvery.TotalSeconds:0} s; log {logPath}");

        var states = new FeedStateStore(Stack.TablesOf(account));
        var queues = new QueueServiceClient(account.Direct);
        var samples = new List<Sample>();
        Console.WriteLine("| minute | RSS (MB) | CPU (s) | items counted | cards | poison messages | load avg |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        var began = DateTimeOffset.UtcNow;
        while (DateTimeOffset.UtcNow - began < duration)
        {
            await Task.Delay(sampleEvery);
            var items = (await states.ListAsync(CancellationToken.None)).Values.Sum(s => s.ItemsCounted);
            var poison = await PoisonCountAsync(queues);
            var sample = new Sample((DateTimeOffset.UtcNow - began).TotalMinutes, app.ResidentBytes() / 1048576.0, app.CpuTime().TotalSeconds, items, stack.Peers.Cards.Count, poison);
            samples.Add(sample);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {sample.Minute:F1} | {sample.RssMb:F0} | {sample.CpuSeconds:F0} | {sample.Items:N0} | {sample.Cards} | {sample.Poison} | {LoadAverage.Read()} |"));
        }

        return Verdict(samples, app, logPath);
    }

    private static int Verdict(List<Sample> samples, AppProcess app, string logPath)
    {
        // Memory after the first fifth (start-up, JIT, first scans of every feed) should not trend upwards.
        var steady = samples.Skip(samples.Count / 5).ToList();
        var third = Math.Max(1, steady.Count / 3);
        var early = Median(steady.Take(third).Select(s => s.RssMb));
        var late = Median(steady.Skip(steady.Count - third).Select(s => s.RssMb));
        var slope = Slope(steady.Select(s => (s.Minute, s.RssMb)).ToList());
        var growth = (late - early) / early;
        var flat = growth < 0.10;
        var last = samples[^1];
        var errors = app.Errors;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: RSS median {early:F0} MB in the first third of the steady phase, {late:F0} MB in the last ({growth:+0.0%;-0.0%}), trend {slope:+0.00;-0.00} MB/min, peak {samples.Max(s => s.RssMb):F0} MB → {(flat ? "flat" : "GROWING")}"));
        Console.WriteLine($"work: {last.Items:N0} items counted, {last.Cards} cards delivered, {last.CpuSeconds:F0} CPU-s");
        Console.WriteLine($"poison messages: {last.Poison} ({(last.Poison == 0 && app.PoisonLines == 0 ? "none" : "SOME")}); error log entries: {errors.Count}");
        foreach (var error in errors.Take(5)) Console.WriteLine("  " + error);
        var ok = flat && last.Poison == 0 && app.PoisonLines == 0 && errors.Count == 0 && last.Items > 0;
        Console.WriteLine($"verdict: {(ok ? "PASS" : "FAIL")} (memory flat, no poison messages, no errors in {logPath})");
        return ok ? 0 : 1;
    }

    private static async Task<int> PoisonCountAsync(QueueServiceClient queues)
    {
        var total = 0;
        await foreach (var queue in queues.GetQueuesAsync())
        {
            if (!queue.Name.EndsWith("-poison", StringComparison.Ordinal)) continue;
            total += (await queues.GetQueueClient(queue.Name).GetPropertiesAsync()).Value.ApproximateMessagesCount;
        }

        return total;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    /// <summary>Least-squares slope (MB per minute).</summary>
    private static double Slope(List<(double X, double Y)> points)
    {
        if (points.Count < 2) return 0;
        var (mx, my) = (points.Average(p => p.X), points.Average(p => p.Y));
        var den = points.Sum(p => (p.X - mx) * (p.X - mx));
        return den == 0 ? 0 : points.Sum(p => (p.X - mx) * (p.Y - my)) / den;
    }

    private sealed record Sample(double Minute, double RssMb, double CpuSeconds, long Items, int Cards, int Poison);
}
