using Microsoft.Extensions.Http.Resilience;

namespace Alerts.Feeds;

/// <summary>
/// Tunes the standard resilience handler so it cannot defeat our own limits: its total timeout equals
/// <see cref="FeedFetchOptions.Timeout"/> (FeedHttpFetcher's own token still covers redirects and the body),
/// retries are few and never repeat an SSRF refusal, and the circuit breaker is per authority
/// (SelectPipelineByAuthority), so one dead feed host does not open the circuit for every feed.
/// </summary>
internal static class ResiliencePolicy
{
    public static void Configure(HttpStandardResilienceOptions resilience, FeedFetchOptions options)
    {
        resilience.TotalRequestTimeout.Timeout = options.Timeout;
        resilience.AttemptTimeout.Timeout = options.Timeout;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, options.Timeout.Ticks * 2));
        resilience.Retry.MaxRetryAttempts = 2;
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(500);
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
            !IsForbidden(args.Outcome.Exception)
            && HttpClientResiliencePredicates.IsTransient(args.Outcome));
    }

    private static bool IsForbidden(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is ForbiddenAddressException) return true;
        }

        return false;
    }
}
