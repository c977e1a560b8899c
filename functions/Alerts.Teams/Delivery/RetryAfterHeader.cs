using System.Net.Http.Headers;

namespace Alerts.Teams;

/// <summary>Reads Retry-After as delta-seconds or as an HTTP date (RFC 9110 §10.2.3).</summary>
internal static class RetryAfterHeader
{
    /// <summary>Waits longer than this are capped: the queue retries anyway, and a broken header must not park an alert for days.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromHours(1);

    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);

    public static TimeSpan? Parse(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        var wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (wait is null)
        {
            return null;
        }

        return wait < Min ? Min : wait > Max ? Max : wait;
    }
}
