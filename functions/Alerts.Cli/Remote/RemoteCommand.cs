using System.Globalization;

namespace Alerts.Cli.Remote;

/// <summary>
/// A verb that talks to a running app. <see cref="Parse"/> reads the verb's own options before anything is sent, so a
/// usage error (exit 2) never half-runs; an answer that is not a success prints the problem readably (exit 1).
/// </summary>
public abstract class RemoteCommand : ICliCommand
{
    public abstract IReadOnlyList<string> Verb { get; }

    public virtual IReadOnlyList<IReadOnlyList<string>> Aliases => [];

    public abstract string Summary { get; }

    /// <summary>Reads the verb's options (throwing <see cref="CliUsageException"/>) and returns the work to do.</summary>
    protected abstract Func<RemoteRun, Task<int>> Parse(CliArguments args);

    public async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var server = ServerOptions.Read(args);
        var work = Parse(args);
        args.RejectUnknown();
        var name = "alerts " + string.Join(' ', Verb);
        if (server.SendsKeyInClear)
        {
            await stderr.WriteLineAsync($"{name}: warning: sending the key over plain http to {server.BaseAddress.Host}; use https");
        }

        using var api = new AlertsApiClient(server);
        try
        {
            return await work(new RemoteRun(api, stdout, stderr, server.Json, args.Environment.Time, cancellationToken));
        }
        catch (ApiProblemException ex)
        {
            await stderr.WriteAsync(ProblemText.Format(name, ex));
            return 1;
        }
        catch (HttpRequestException ex)
        {
            await stderr.WriteLineAsync($"{name}: cannot reach the app at {server.BaseAddress}: {ex.Message} (is it running? set --server or {ServerOptions.UrlVariable})");
            return 1;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name}: no answer from {server.BaseAddress} within {Durations.Format(server.Timeout)} (--timeout)"));
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync($"{name}: cancelled; a change already sent may have been applied (check with list/show)");
            return 130;
        }
        catch (InvalidDataException ex)
        {
            await stderr.WriteLineAsync($"{name}: {ex.Message}");
            return 1;
        }
    }
}
