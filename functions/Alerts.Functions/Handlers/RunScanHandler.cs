using System.Text.Json;
using Alerts.Functions.Api;
using Alerts.Functions.Api.Contracts;
using Alerts.Functions.Protocol;
using Alerts.Functions.Scanning;

namespace Alerts.Functions.Handlers;

/// <summary>
/// Queue <c>manual-scans</c>: runs a large manual scan and stores its result for <c>GET /api/scans/{id}</c>.
/// A redelivered job whose scan already completed does nothing; one that died half-way runs again and the scanner's
/// journal (keyed by the scan id) keeps every item counted once. A message that is not a job goes to the poison queue.
/// </summary>
public sealed class RunScanHandler(ManualScanner scanner, TimeProvider time) : IFunctionHandler
{
    public const string QueueName = "manual-scans";

    public string Name => FunctionNames.RunScan;

    public async Task<InvocationResult> HandleAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var job = Parse(request.GetString("job"));
        if (await scanner.GetAsync(job.ScanId, cancellationToken) is { Status: not "running" } done)
        {
            return InvocationResult.Empty.Log($"scan {job.ScanId} already {done.Status}; nothing to do");
        }

        ScanStatus status;
        try
        {
            status = await scanner.RunAsync(job, cancellationToken);
        }
        catch (Exception ex) when (request.DequeueCount >= DeliverNotificationHandler.LastAttempt && ex is not OperationCanceledException)
        {
            // The last attempt: say so on the status the caller polls, instead of "running" forever.
            await scanner.SaveAsync(ManualScanner.Running(job) with { Status = "failed", Error = ex.Message, CompletedAt = time.GetUtcNow() }, cancellationToken);
            throw;
        }

        return InvocationResult.Empty.Log($"scan {job.ScanId}: {status.Status}, {status.FeedsScanned} feeds, {status.ItemsNew} new, {status.ItemsMatched} matched");
    }

    public static ScanJob Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, ApiJsonContext.Default.ScanJob) is { ScanId.Length: > 0 } job
                ? job
                : throw new InvalidInvocationException("manual scan job needs a 'scanId'");
        }
        catch (JsonException ex)
        {
            throw new InvalidInvocationException($"manual scan job is not valid JSON for a scan job: {ex.Message}", ex);
        }
    }
}
