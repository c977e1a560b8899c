using Alerts.Domain.Configuration;
using Alerts.Storage.Feeds;

namespace Alerts.Functions.Api.Contracts;

public static class FeedViews
{
    public static FeedView From(FeedConfig f, string etag, FeedState? s) =>
        new(f.Id, f.Name, f.Kind, f.Url, f.Query, f.PollIntervalSeconds, f.Enabled, Health(f, s), etag);

    public static FeedHealthView Health(FeedConfig f, FeedState? s) => new(
        s?.LastSuccess, s?.LastFailure, s?.ConsecutiveFailures ?? 0, s?.LastError, s?.ItemsCounted ?? 0, s?.NextAttemptNotBefore, StatusOf(f, s));

    /// <summary>ok: the last attempt succeeded; failing: it did not; pending: never scanned yet; disabled: not polled.</summary>
    public static string StatusOf(FeedConfig f, FeedState? s) =>
        !f.Enabled ? "disabled"
        : s is null || (s.LastSuccess is null && s.LastFailure is null) ? "pending"
        : s.ConsecutiveFailures > 0 ? "failing"
        : "ok";
}
