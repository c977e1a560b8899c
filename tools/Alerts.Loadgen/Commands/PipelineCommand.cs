using System.Diagnostics;
using System.Globalization;
using Alerts.Loadgen.Harness;
using Alerts.Storage.Feeds;

namespace Alerts.Loadgen.Commands;

/// <summary>
/// The whole pipeline on Azurite: feeds with fresh items → PollFeeds → ScanFeed → buckets, with one and two app
/// instances. Prints items per second (first fetch of a feed's items to the last bucket written) and the table and queue
/// transactions per 1,000 items, for several topic and bucket counts, as one Markdown table.
/// </summary>
public static class PipelineCommand
{
    private static readonly TimeSpan BucketLength = TimeSpan.FromMinutes(5);

    private static readonly string[] _phrases =
    [
        "war heute wieder im Gespräch, die Hotline hat schnell geholfen und der Service war freundlich.",
        "hat eine neue Kampagne gestartet, viele finden sie gelungen, manche eher langweilig.",
        "schon wieder Verspätung, Kunden ärgern sich über fehlende Informationen am Bahnsteig.",
        "announced a new product line today; early reviews are mixed but mostly positive.",
    ];

    public static async Task<int> RunAsync(bool quick, string workDir)
    {
        var scenarios = quick
            ? new[] { new Scenario(4, 100, 10, 1, 1), new Scenario(4, 400, 10, 1, 1), new Scenario(4, 400, 10, 1, 2) }
            :
            [
                new Scenario(10, 100, 10, 1, 1),
                new Scenario(10, 1000, 10, 1, 1),
                new Scenario(10, 1000, 100, 1, 1),
                new Scenario(10, 1000, 10, 6, 1),
                new Scenario(10, 1000, 100, 6, 1),
                new Scenario(20, 1000, 100, 6, 1),
                new Scenario(20, 1000, 100, 6, 2),
            ];

        await using var stack = await Stack.StartAsync(workDir);
        stack.Tables.OnConflict = line => Console.Error.WriteLine("  table conflict: " + line);
        Console.WriteLine("| feeds × items | topics | buckets | instances | items/s | table tx | table tx / 1,000 items | queue tx | table conflicts | feed fetches | items per app CPU-s | app errors |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var failed = false;
        for (var n = 0; n < scenarios.Length; n++)
        {
            var result = await RunScenarioAsync(stack, scenarios[n], $"p{n}");
            Console.WriteLine(result.Row);
            failed |= !result.Complete || result.Errors > 0;
        }

        Console.WriteLine($"load average at the end: {LoadAverage.Read()}");
        return failed ? 1 : 0;
    }

    private static async Task<Outcome> RunScenarioAsync(Stack stack, Scenario s, string prefix)
    {
        var account = stack.NewAccount();
        var now = DateTimeOffset.UtcNow;
        var documents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var seed = new Seed().Channel("load");
        for (var t = 0; t < s.Topics; t++) seed.Topic($"{prefix}-t{t}", Rss.Brand("pb", t), "load");
        for (var f = 0; f < s.Feeds; f++)
        {
            var id = $"{prefix}-f{f}";
            documents[id] = Rss.Render(id, Items(id, f, s, now));
            seed.Feed(id, stack.Peers.FeedUrl(id), 10);
        }

        // Until every instance is up, the feeds are empty (valid, no items), so the window below holds the whole run.
        var open = false;
        var firstFetchTicks = 0L;
        var empty = Rss.Render("empty", []);
        stack.Peers.Feeds = (id, at) =>
        {
            if (!documents.TryGetValue(id, out var document)) return null;
            if (!Volatile.Read(ref open)) return empty;
            Interlocked.CompareExchange(ref firstFetchTicks, at.UtcTicks, 0);
            return document;
        };
        var seedFile = seed.Write(stack.WorkDir);
        var env = Stack.AppEnvironment(account, seedFile, new Schedules("*/2 * * * * *", "0 0 0 1 1 *", "0 0 0 1 1 *"));
        var apps = new List<AppProcess>();
        try
        {
            for (var i = 0; i < s.Instances; i++)
            {
                apps.Add(await AppProcess.StartAsync(Stack.AppDir, env, Path.Combine(stack.WorkDir, $"{prefix}-app{i}.log"), CancellationToken.None));
            }

            var (tables0, queues0, conflicts0, fetches0) = (stack.Tables.Requests, stack.Queues.Requests, stack.Tables.Conflicts, stack.Peers.Fetches);
            var cpu0 = apps.Sum(a => a.CpuTime().TotalSeconds);
            Volatile.Write(ref open, true);
            var states = new FeedStateStore(Stack.TablesOf(account));
            var expected = (long)s.Feeds * s.ItemsPerFeed;
            var clock = Stopwatch.StartNew();
            var done = false;
            while (!done && clock.Elapsed < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(100);
                var all = await states.ListAsync(CancellationToken.None);
                done = all.Count == s.Feeds && all.Values.All(st => st.Pending is null) && all.Values.Sum(st => st.ItemsCounted) >= expected;
            }

            var finished = DateTimeOffset.UtcNow;
            var (tables, queues) = (stack.Tables.Requests - tables0, stack.Queues.Requests - queues0);
            var (conflicts, fetches) = (stack.Tables.Conflicts - conflicts0, stack.Peers.Fetches - fetches0);
            var cpu = Math.Max(0.001, apps.Sum(a => a.CpuTime().TotalSeconds) - cpu0);
            var first = new DateTimeOffset(Interlocked.Read(ref firstFetchTicks) is > 0 and var t ? t : finished.UtcTicks, TimeSpan.Zero);
            var seconds = Math.Max(0.001, (finished - first).TotalSeconds);
            var errors = apps.Sum(a => a.Errors.Count);
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {s.Feeds} × {s.ItemsPerFeed} | {s.Topics} | {s.Buckets} | {s.Instances} | {(done ? (expected / seconds).ToString("N0", CultureInfo.InvariantCulture) : "incomplete")} | {tables:N0} | {tables * 1000.0 / expected:N1} | {queues:N0} | {conflicts:N0} | {fetches:N0} | {expected / cpu:N0} | {errors} |");
            foreach (var error in apps.SelectMany(a => a.Errors).Take(3)) Console.Error.WriteLine("  app error: " + error);
            return new Outcome(row, done, errors);
        }
        finally
        {
            foreach (var app in apps) await app.DisposeAsync();
            File.Delete(seedFile);
        }
    }

    /// <summary>Fresh items of one feed, each naming exactly one topic, spread over the last <c>Buckets</c> buckets.</summary>
    private static IEnumerable<FeedItem> Items(string feedId, int feed, Scenario s, DateTimeOffset now)
    {
        for (var j = 0; j < s.ItemsPerFeed; j++)
        {
            var topic = ((j * 7) + feed) % s.Topics;
            var published = now - TimeSpan.FromSeconds(20) - (BucketLength * (j % s.Buckets)) - TimeSpan.FromMilliseconds(j);
            var brand = Rss.Brand("pb", topic);
            var text = $"{brand} {_phrases[j % _phrases.Length]} Mehr dazu später, {brand} bleibt ein Thema. #{brand}";
            yield return new FeedItem($"{feedId}-{j}", $"{brand}: {_phrases[(j + 1) % _phrases.Length][..40]}", text, $"user{(j * 13) % 500}@example.org", published);
        }
    }

    private sealed record Scenario(int Feeds, int ItemsPerFeed, int Topics, int Buckets, int Instances);

    private sealed record Outcome(string Row, bool Complete, int Errors);
}
