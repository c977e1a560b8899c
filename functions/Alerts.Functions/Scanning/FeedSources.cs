using Alerts.Domain.Configuration;
using Alerts.Feeds;

namespace Alerts.Functions.Scanning;

/// <summary>Maps a configured feed to the feed layer's source description.</summary>
public static class FeedSources
{
    public static FeedSource From(FeedConfig feed) => new(feed.Id, ParseKind(feed.Kind), new Uri(feed.Url), feed.Query);

    public static FeedKind ParseKind(string kind) => kind.ToLowerInvariant() switch
    {
        "rss" => FeedKind.Rss,
        "atom" => FeedKind.Atom,
        "json" or "jsonfeed" => FeedKind.JsonFeed,
        "mastodon" => FeedKind.Mastodon,
        "bluesky" => FeedKind.Bluesky,
        "auto" => FeedKind.Auto,
        _ => throw new ArgumentException($"unknown feed kind '{kind}' (use rss, atom, json, mastodon or bluesky)", nameof(kind)),
    };

    public static readonly string[] Kinds = ["rss", "atom", "json", "mastodon", "bluesky", "auto"];
}
