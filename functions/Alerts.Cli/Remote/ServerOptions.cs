namespace Alerts.Cli.Remote;

/// <summary>
/// Where the running app is and how to talk to it, common to every server verb: <c>--server</c> (else
/// <c>ALERTS_URL</c>, else the local default), <c>--key</c> (else <c>ALERTS_KEY</c>), <c>--json</c>, <c>--timeout</c>.
/// The option is <c>--server</c>, not <c>--url</c>, because <c>--url</c> is a feed's URL in <c>feeds add</c> and <c>feed preview</c>.
/// </summary>
public sealed record ServerOptions(Uri BaseAddress, string? Key, bool Json, TimeSpan Timeout)
{
    public const string UrlVariable = "ALERTS_URL";
    public const string KeyVariable = "ALERTS_KEY";
    public const string DefaultUrl = "http://127.0.0.1:7071";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

    public static ServerOptions Read(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (raw, source) = args.Get("server") is { } given ? (given, "--server")
            : NonEmpty(args.Environment.Variable(UrlVariable)) is { } fromEnv ? (fromEnv, UrlVariable)
            : (DefaultUrl, "the default");
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query))
        {
            throw new CliUsageException($"{source} must be the app's base URL such as {DefaultUrl}, got '{raw}'");
        }

        // A base path ("https://host/prefix") keeps its prefix: relative paths resolve under a trailing slash.
        var baseAddress = uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        var key = args.Get("key") ?? NonEmpty(args.Environment.Variable(KeyVariable));
        return new ServerOptions(baseAddress, key, args.Flag("json"), args.GetDuration("timeout") ?? DefaultTimeout);
    }

    /// <summary>Plain HTTP to anything but this machine sends the key readable on the wire.</summary>
    public bool SendsKeyInClear => Key is not null && BaseAddress.Scheme == Uri.UriSchemeHttp && !BaseAddress.IsLoopback;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
