namespace Alerts.Cli.Remote;

/// <summary>Everything a server verb needs while it runs.</summary>
public sealed record RemoteRun(AlertsApiClient Api, TextWriter Out, TextWriter Error, bool Json, TimeProvider Time, CancellationToken Ct)
{
    /// <summary>With <c>--json</c> the app's own body, unchanged, for scripts; otherwise the human text.</summary>
    public async Task WriteAsync(ApiResponse response, Func<string> human)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(human);
        if (Json)
        {
            if (response.Body.Length > 0) await Out.WriteLineAsync(response.Body);
        }
        else
        {
            await Out.WriteAsync(human());
        }
    }
}
