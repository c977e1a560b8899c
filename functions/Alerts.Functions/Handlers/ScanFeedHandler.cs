using System.Text.Json;
using Alerts.Domain.Configuration;
using Alerts.Domain.Scanning;
using Alerts.Functions.Protocol;
using Alerts.Functions.Scanning;
using Alerts.Storage.Configuration;

namespace Alerts.Functions.Handlers;

/// <summary>
/// Queue <c>feed-scans</c>: scans one feed. A message that is not a scan request, or names a feed that does not
/// exist, throws: the host retries it and then moves it to <c>feed-scans-poison</c> with the reason in the log.
/// </summary>
public sealed class ScanFeedHandler(ConfigStore config, FeedScanner scanner) : IFunctionHandler
{
    public string Name => FunctionNames.ScanFeed;

    public async Task<InvocationResult> HandleAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var scan = Parse(request.GetString("scan"));
        var feed = await config.GetFeedAsync(scan.FeedId, cancellationToken)
            ?? throw new InvalidInvocationException($"scan request names unknown feed '{scan.FeedId}'");
        var result = await scanner.ScanAsync(feed.Value, scan.ScanId, cancellationToken);
        return InvocationResult.Empty.Log($"feed {result.FeedId}: {result.Outcome}, {result.NewItems} new, {result.Matched} matched{(result.Error is null ? "" : ": " + result.Error)}");
    }

    public static ScanRequest Parse(string text)
    {
        ScanRequest? scan;
        try
        {
            scan = JsonSerializer.Deserialize(text, FunctionsJsonContext.Default.ScanRequest);
        }
        catch (JsonException ex)
        {
            throw new InvalidInvocationException($"scan request is not valid JSON: {ex.Message}", ex);
        }

        if (scan is null || !Identifiers.IsValid(scan.FeedId) || string.IsNullOrWhiteSpace(scan.ScanId) || scan.ScanId.Length > 64)
        {
            throw new InvalidInvocationException("scan request needs 'feedId' (a valid feed id) and 'scanId' (1-64 characters)");
        }

        return scan;
    }
}
