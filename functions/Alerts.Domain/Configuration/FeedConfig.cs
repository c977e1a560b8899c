namespace Alerts.Domain.Configuration;

/// <summary>A feed to poll: kind (rss, atom, json, mastodon, bluesky, or auto), URL, optional search query, and interval.</summary>
public sealed record FeedConfig(
    string Id,
    string Kind,
    string Url,
    string? Query,
    int PollIntervalSeconds = 60,
    bool Enabled = true,
    string? Name = null);
