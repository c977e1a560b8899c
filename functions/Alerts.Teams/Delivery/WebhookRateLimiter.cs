using Microsoft.Extensions.Options;

namespace Alerts.Teams;

/// <summary>
/// Client-side pace per webhook URL: about one post per second and a budget per hour, below the throttling
/// thresholds Teams documents (4/s; legacy connectors 100/h) (platform-facts C2, "Rate limits").
/// A tenth of the hourly budget (at least one post) is kept for digests, so a channel whose alerts
/// spent their budget can still get the digest that tells it so. Keys are URL hashes; the URL is not kept.
/// Thread-safe; register as a singleton.
/// </summary>
public sealed class WebhookRateLimiter
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly Dictionary<string, PostHistory> _histories = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly int _hourlyBudget;
    private readonly int _digestReserve;

    public WebhookRateLimiter(IOptions<TeamsOptions> options, TimeProvider time)
        : this(options.Value.PostsPerSecond, options.Value.HourlyBudget, time)
    {
    }

    public WebhookRateLimiter(double postsPerSecond, int hourlyBudget, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(postsPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hourlyBudget);
        _time = time;
        _interval = TimeSpan.FromSeconds(1 / postsPerSecond);
        _hourlyBudget = hourlyBudget;
        _digestReserve = hourlyBudget >= 2 ? Math.Max(1, hourlyBudget / 10) : 0;
    }

    /// <summary>Alerts may use the hourly budget minus the digest reserve; digests may use all of it.</summary>
    public int BudgetFor(WebhookPostKind kind) => kind == WebhookPostKind.Digest ? _hourlyBudget : _hourlyBudget - _digestReserve;

    public RateLimitDecision TryAcquire(Uri webhookUrl, WebhookPostKind kind = WebhookPostKind.Alert) =>
        TryAcquire(webhookUrl, _time.GetUtcNow(), kind);

    public RateLimitDecision TryAcquire(Uri webhookUrl, DateTimeOffset now, WebhookPostKind kind = WebhookPostKind.Alert)
    {
        var key = WebhookUrlHash.Of(webhookUrl);
        lock (_histories)
        {
            if (!_histories.TryGetValue(key, out var history))
            {
                history = new PostHistory();
                _histories[key] = history;
            }

            while (history.Posts.Count > 0 && now - history.Posts.Peek() >= Hour)
            {
                history.Posts.Dequeue();
            }

            if (history.Posts.Count >= BudgetFor(kind))
            {
                // The slot this kind can use frees when the post that made the count reach the budget leaves the hour.
                var blocking = history.Posts.ElementAt(history.Posts.Count - BudgetFor(kind));
                return RateLimitDecision.Exhausted(Clamp(blocking + Hour - now, Hour));
            }

            if (history.Last is { } last && now - last < _interval)
            {
                return RateLimitDecision.WaitFor(Clamp(last + _interval - now, _interval));
            }

            history.Posts.Enqueue(now);
            history.Last = now;
            return RateLimitDecision.Acquired;
        }
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan max) =>
        value < TimeSpan.Zero ? TimeSpan.Zero : value > max ? max : value;

    private sealed class PostHistory
    {
        public Queue<DateTimeOffset> Posts { get; } = new();

        public DateTimeOffset? Last { get; set; }
    }
}
