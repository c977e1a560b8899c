using Alerts.Domain.Configuration;
using Alerts.Feeds;
using Alerts.Functions.Api.Contracts;
using Alerts.Functions.Configuration;
using Alerts.Functions.Handlers;
using Alerts.Functions.Scanning;
using Alerts.Storage.Configuration;
using Alerts.Storage.Feeds;

namespace Alerts.Functions.Api;

/// <summary>Topics, feeds and channels as <see cref="ConfigResource{TBody, TConfig, TView}"/>s.</summary>
public static class ConfigResources
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(20);

    public static readonly ConfigResource<TopicBody, TopicConfig, TopicView> Topics = new()
    {
        Name = "topic",
        Path = "/topics",
        BodyType = ApiJsonContext.Default.TopicBody,
        ViewType = ApiJsonContext.Default.TopicView,
        ListType = ApiJsonContext.Default.ItemListTopicView,
        List = (s, ct) => s.ListTopicsAsync(ct),
        Get = (s, id, ct) => s.GetTopicAsync(id, ct),
        Write = (s, c, ifMatch, create, ct) => s.WriteTopicAsync(c, ifMatch, create, ct),
        Delete = (s, id, ifMatch, ct) => s.DeleteTopicAsync(id, ifMatch, ct),
        IdOf = b => b.Id,
        ToConfig = (b, id) => b.ToConfig(id),
        Validate = async (http, topic, ct) =>
        {
            var channels = (await Store(http).ListChannelsAsync(ct)).Select(c => c.Value.Id).ToHashSet(StringComparer.Ordinal);
            return new ConfigCheck(ConfigurationValidator.Validate(topic, string.Empty, channels).ToList());
        },
        ToViews = (_, items, _) => Task.FromResult<IReadOnlyList<TopicView>>(items.Select(v => TopicView.From(v.Value, v.ETag)).ToList()),
    };

    public static readonly ConfigResource<FeedBody, FeedConfig, FeedView> Feeds = new()
    {
        Name = "feed",
        Path = "/feeds",
        BodyType = ApiJsonContext.Default.FeedBody,
        ViewType = ApiJsonContext.Default.FeedView,
        ListType = ApiJsonContext.Default.ItemListFeedView,
        List = (s, ct) => s.ListFeedsAsync(ct),
        Get = (s, id, ct) => s.GetFeedAsync(id, ct),
        Write = (s, c, ifMatch, create, ct) => s.WriteFeedAsync(c, ifMatch, create, ct),
        Delete = (s, id, ifMatch, ct) => s.DeleteFeedAsync(id, ifMatch, ct),
        IdOf = b => b.Id,
        ToConfig = (b, id) => b.ToConfig(id),
        Validate = ValidateFeedAsync,
        ToViews = async (http, items, ct) =>
        {
            var health = await http.RequestServices.GetRequiredService<FeedStateStore>().ListAsync(ct);
            return items.Select(v => FeedViews.From(v.Value, v.ETag, health.GetValueOrDefault(v.Value.Id))).ToList();
        },
    };

    public static readonly ConfigResource<ChannelBody, ChannelConfig, ChannelView> Channels = new()
    {
        Name = "channel",
        Path = "/channels",
        BodyType = ApiJsonContext.Default.ChannelBody,
        ViewType = ApiJsonContext.Default.ChannelView,
        ListType = ApiJsonContext.Default.ItemListChannelView,
        List = (s, ct) => s.ListChannelsAsync(ct),
        Get = (s, id, ct) => s.GetChannelAsync(id, ct),
        Write = (s, c, ifMatch, create, ct) => s.WriteChannelAsync(c, ifMatch, create, ct),
        Delete = (s, id, ifMatch, ct) => s.DeleteChannelAsync(id, ifMatch, ct),
        IdOf = b => b.Id,
        ToConfig = (b, id) => b.ToConfig(id),
        Validate = (_, channel, _) => Task.FromResult(new ConfigCheck(ConfigurationValidator.Validate(channel, string.Empty).ToList())),
        ToViews = (http, items, _) =>
        {
            var settings = http.RequestServices.GetRequiredService<IConfiguration>();
            return Task.FromResult<IReadOnlyList<ChannelView>>(items.Select(v => new ChannelView(v.Value.Id, v.Value.Name, v.Value.Language,
                !string.IsNullOrEmpty(settings[DeliverNotificationHandler.WebhookSetting(v.Value.Id)]), v.ETag)).ToList());
        },
        DeleteBlockers = async (http, id, ct) => (await Store(http).ListTopicsAsync(ct)).Select(t => t.Value)
            .Where(t => t.ChannelId == id || t.EscalationChannelId == id)
            .Select(t => $"Topic '{t.Id}' sends to channel '{id}'; point it at another channel first.")
            .ToList(),
    };

    private static ConfigStore Store(HttpContext http) => http.RequestServices.GetRequiredService<ConfigStore>();

    /// <summary>Shape first; then, unless <c>?probe=false</c>, one real fetch so a forbidden or dead URL is refused now, not at 3 a.m.</summary>
    private static async Task<ConfigCheck> ValidateFeedAsync(HttpContext http, FeedConfig feed, CancellationToken ct)
    {
        var errors = ConfigurationValidator.Validate(feed, string.Empty).ToList();
        if (errors.Count > 0 || string.Equals(http.Request.Query["probe"], "false", StringComparison.OrdinalIgnoreCase)) return new ConfigCheck(errors);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await http.RequestServices.GetRequiredService<FeedReader>().FetchAsync(FeedSources.From(feed), null, timeout.Token);
            return ConfigCheck.Ok;
        }
        catch (FeedFetchException ex) when (ex.Kind == FeedFailureKind.ForbiddenAddress)
        {
            return new ConfigCheck([$"url: {ex.Message} (feeds may not point at private, loopback or link-local addresses)"]);
        }
        catch (Exception ex) when (ex is FeedFetchException or FeedParseException or HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            var reason = ex is OperationCanceledException ? $"no answer within {ProbeTimeout.TotalSeconds:0} s" : ex.Message;
            return new ConfigCheck([], $"url: the feed could not be read: {reason}. Fix the URL or kind, or add it anyway with ?probe=false.");
        }
    }
}
