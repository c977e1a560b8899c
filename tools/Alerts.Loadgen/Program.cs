using System.Globalization;
using Alerts.Loadgen.Commands;
using Alerts.Loadgen.Harness;

// Load, latency and soak runs of the real app on Azurite (issue 8). See docs/results.md.
//   pipeline [--quick]                                  items/s and storage transactions, feed → buckets
//   latency [--runs N] [--bucket hh:mm:ss] [--settle hh:mm:ss] [--poll "cron"] [--feed-interval s] [--evaluate "cron"]
//   soak [--minutes M] [--sample-seconds S]
var options = Options.Parse(args.Skip(1));
var workDir = options.Get("work", Path.Combine(Path.GetTempPath(), $"alerts-loadgen-{Environment.ProcessId}"));
Directory.CreateDirectory(workDir);
var culture = CultureInfo.InvariantCulture;
try
{
    return args.FirstOrDefault() switch
    {
        "pipeline" => await PipelineCommand.RunAsync(options.Has("quick"), workDir),
        "latency" => await LatencyCommand.RunAsync(
            new LatencyCommand.Options(
                int.Parse(options.Get("runs", "10"), culture),
                TimeSpan.Parse(options.Get("bucket", "00:05:00"), culture),
                options.Has("settle") ? TimeSpan.Parse(options.Get("settle", ""), culture) : null,
                new Schedules(options.Get("poll", Schedules.Production.PollFeeds), options.Get("evaluate", Schedules.Production.EvaluateTopics), Schedules.Production.MaintainAlerts),
                int.Parse(options.Get("feed-interval", "60"), culture)),
            workDir),
        "soak" => await SoakCommand.RunAsync(
            TimeSpan.FromMinutes(double.Parse(options.Get("minutes", "10"), culture)),
            TimeSpan.FromSeconds(double.Parse(options.Get("sample-seconds", "10"), culture)),
            workDir),
        _ => Usage(),
    };
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or FormatException)
{
    Console.Error.WriteLine($"loadgen: {ex.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Alerts.Loadgen pipeline [--quick] | latency [--runs N] [--bucket hh:mm:ss] [--settle hh:mm:ss] [--poll cron] [--feed-interval s] [--evaluate cron] | soak [--minutes M] [--sample-seconds S]  (all take --work DIR)");
    return 2;
}
