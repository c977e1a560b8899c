using Alerts.Domain.Configuration;
using Alerts.Domain.Topics;
using Alerts.Functions.Scanning;

namespace Alerts.Functions.Configuration;

/// <summary>
/// Checks a whole configuration and returns every problem at once, each naming its key
/// (<c>topics[2].query</c>) and saying how to fix it; used for the seed file at start-up and by the API.
/// </summary>
public static class ConfigurationValidator
{
    public const int MinPollSeconds = 10;
    public const int MaxPollSeconds = 86_400;

    public static IReadOnlyList<string> Validate(AlertsConfiguration config)
    {
        var errors = new List<string>();
        var channels = CheckIds(config.Channels.Select(c => c.Id), "channels", errors);
        CheckIds(config.Topics.Select(t => t.Id), "topics", errors);
        CheckIds(config.Feeds.Select(f => f.Id), "feeds", errors);
        for (var i = 0; i < config.Channels.Count; i++) errors.AddRange(Validate(config.Channels[i], $"channels[{i}]"));
        for (var i = 0; i < config.Topics.Count; i++) errors.AddRange(Validate(config.Topics[i], $"topics[{i}]", channels));
        for (var i = 0; i < config.Feeds.Count; i++) errors.AddRange(Validate(config.Feeds[i], $"feeds[{i}]"));
        return errors;
    }

    public static IEnumerable<string> Validate(ChannelConfig c, string key)
    {
        if (string.IsNullOrWhiteSpace(c.Name)) yield return $"{key}.name: a channel needs a name";
        if (c.Language is not ("de" or "en")) yield return $"{key}.language: '{c.Language}' is not supported; use 'de' or 'en'";
    }

    public static IEnumerable<string> Validate(TopicConfig t, string key, IReadOnlySet<string>? knownChannels)
    {
        if (string.IsNullOrWhiteSpace(t.Name) || t.Name.Length > 200) yield return $"{key}.name: a topic needs a name of 1-200 characters";
        if (!TopicQuery.TryParse(t.Query ?? string.Empty, out _, out var error)) yield return $"{key}.query: {error!.Message}";
        if (knownChannels is not null && !knownChannels.Contains(t.ChannelId)) yield return $"{key}.channelId: no channel '{t.ChannelId}' is configured";
        if (t.EscalationChannelId is { } esc && knownChannels is not null && !knownChannels.Contains(esc)) yield return $"{key}.escalationChannelId: no channel '{esc}' is configured";
        if (t.Sensitivity is not ("low" or "medium" or "high")) yield return $"{key}.sensitivity: '{t.Sensitivity}' is not one of low, medium, high";
        foreach (var lang in t.Languages ?? []) if (lang is not ("de" or "en")) yield return $"{key}.languages: '{lang}' is not supported; use 'de' or 'en'";
    }

    public static IEnumerable<string> Validate(FeedConfig f, string key)
    {
        if (!FeedSources.Kinds.Contains(f.Kind)) yield return $"{key}.kind: '{f.Kind}' is not one of {string.Join(", ", FeedSources.Kinds)}";
        if (!Uri.TryCreate(f.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")) yield return $"{key}.url: '{f.Url}' is not an absolute http(s) URL";
        if (f.PollIntervalSeconds is < MinPollSeconds or > MaxPollSeconds) yield return $"{key}.pollIntervalSeconds: {f.PollIntervalSeconds} is outside {MinPollSeconds}..{MaxPollSeconds}";
        if (f.Kind is "mastodon" or "bluesky" && string.IsNullOrWhiteSpace(f.Query)) yield return $"{key}.query: a {f.Kind} feed needs a query (hashtag or search term)";
    }

    private static HashSet<string> CheckIds(IEnumerable<string> ids, string key, List<string> errors)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (!Identifiers.IsValid(id)) errors.Add($"{key}[{i}].id: {Identifiers.Describe(id)}");
            else if (!set.Add(id)) errors.Add($"{key}[{i}].id: '{id}' is used twice");
            i++;
        }

        return set;
    }
}
