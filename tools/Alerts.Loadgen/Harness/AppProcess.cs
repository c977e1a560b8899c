using System.Diagnostics;
using System.Globalization;

namespace Alerts.Loadgen.Harness;

/// <summary>
/// One instance of the real app (the Release build of functions/Alerts.Functions) in standalone mode, with its log
/// written to a file and its error lines counted. Only the process it started is ever stopped.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();
    private readonly List<string> _errors = [];
    private int _poisonLines;

    private AppProcess(Process process, StreamWriter log, int port)
    {
        _process = process;
        _log = log;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    public int Pid => _process.Id;

    /// <summary>Log entries at level error or critical ("fail:"/"crit:" with their message line).</summary>
    public IReadOnlyList<string> Errors { get { lock (_gate) return [.. _errors]; } }

    /// <summary>Log lines that mention a poison queue.</summary>
    public int PoisonLines => Volatile.Read(ref _poisonLines);

    public static async Task<AppProcess> StartAsync(string appDir, IReadOnlyDictionary<string, string> environment, string logPath, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(appDir, "Alerts.Functions.dll"));
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in environment) psi.Environment[key] = value;
        psi.Environment["Alerts__Standalone__AppRoot"] = appDir;
        psi.Environment["Alerts__PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        psi.Environment["Logging__Console__FormatterName"] = "simple";
        psi.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        psi.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        psi.Environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the app");
        var app = new AppProcess(process, log, port);
        process.OutputDataReceived += (_, e) => app.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => app.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync(cancellationToken);
        return app;
    }

    /// <summary>Resident set size from /proc (Linux), in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_gate) _log.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the app exited with code {_process.ExitCode} during start-up; see its log");
            try
            {
                using var response = await http.GetAsync(Url + "/", cancellationToken);
                return; // any answer, as the Functions host's readiness probe (platform-facts A1)
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(120)) throw new TimeoutException("the app did not answer GET / within 120 s");
            await Task.Delay(100, cancellationToken);
        }
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_gate)
        {
            _log.WriteLine(line);
            // The simple console formatter writes "<time> fail: Category[id] message" on one line.
            if (line.Contains(" fail: ", StringComparison.Ordinal) || line.Contains(" crit: ", StringComparison.Ordinal)
                || line.StartsWith("fail: ", StringComparison.Ordinal) || line.StartsWith("crit: ", StringComparison.Ordinal))
            {
                if (_errors.Count < 50) _errors.Add(line);
            }

            if (line.Contains("-poison", StringComparison.Ordinal)) _poisonLines++;
        }
    }
}
