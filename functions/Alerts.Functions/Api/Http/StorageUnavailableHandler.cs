using Azure;
using Microsoft.AspNetCore.Diagnostics;

namespace Alerts.Functions.Api.Http;

/// <summary>
/// Storage that does not answer is the service's fault, not the caller's, and not a bug: 503 with a problem that
/// says so (and Retry-After), instead of a bare 500.
/// </summary>
public sealed partial class StorageUnavailableHandler(ILogger<StorageUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsStorageOutage(exception)) return false;
        Log.Unavailable(logger, context.Request.Path, exception);
        context.Response.Headers.RetryAfter = "30";
        await ApiProblems.Status(StatusCodes.Status503ServiceUnavailable, "Storage is not reachable",
            "The app cannot reach its Table/Queue storage right now; nothing was changed. Try again shortly (GET /api/health shows the state).").ExecuteAsync(context);
        return true;
    }

    private static bool IsStorageOutage(Exception ex) => ex switch
    {
        RequestFailedException r => r.Status is 0 or >= 500,
        AggregateException a => a.InnerExceptions.All(IsStorageOutage),
        HttpRequestException => true,
        _ => false,
    };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Storage unavailable while serving {Path}")]
        public static partial void Unavailable(ILogger logger, string path, Exception exception);
    }
}
