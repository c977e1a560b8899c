namespace Alerts.Loadgen.Harness;

/// <summary>The machine's 1/5/15-minute load average and core count, for the results page.</summary>
public static class LoadAverage
{
    public static string Read()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return $"{load} on {Environment.ProcessorCount} cores";
    }
}
