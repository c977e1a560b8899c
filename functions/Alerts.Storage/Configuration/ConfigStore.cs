using Alerts.Domain.Configuration;
using Alerts.Storage.Tables;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage.Configuration;

/// <summary>
/// Topics, feeds and channels in their tables, with ETag-checked updates so that two operators editing one topic
/// cannot silently overwrite each other. Validation happens before this store (ConfigurationValidator).
/// </summary>
public sealed class ConfigStore(AlertsTables tables)
{
    public Task<IReadOnlyList<Versioned<TopicConfig>>> ListTopicsAsync(CancellationToken ct) => ListAsync(TableNames.Topics, ConfigEntityMapper.ToTopic, ct);

    public Task<IReadOnlyList<Versioned<FeedConfig>>> ListFeedsAsync(CancellationToken ct) => ListAsync(TableNames.Feeds, ConfigEntityMapper.ToFeed, ct);

    public Task<IReadOnlyList<Versioned<ChannelConfig>>> ListChannelsAsync(CancellationToken ct) => ListAsync(TableNames.Channels, ConfigEntityMapper.ToChannel, ct);

    public Task<Versioned<TopicConfig>?> GetTopicAsync(string id, CancellationToken ct) => GetAsync(TableNames.Topics, TableKeys.TopicPartition, id, ConfigEntityMapper.ToTopic, ct);

    public Task<Versioned<FeedConfig>?> GetFeedAsync(string id, CancellationToken ct) => GetAsync(TableNames.Feeds, TableKeys.FeedPartition, id, ConfigEntityMapper.ToFeed, ct);

    public Task<Versioned<ChannelConfig>?> GetChannelAsync(string id, CancellationToken ct) => GetAsync(TableNames.Channels, TableKeys.ChannelPartition, id, ConfigEntityMapper.ToChannel, ct);

    public Task<(ConfigWriteResult, string?)> WriteTopicAsync(TopicConfig t, string? ifMatch, bool create, CancellationToken ct) => WriteAsync(TableNames.Topics, ConfigEntityMapper.ToEntity(t), ifMatch, create, ct);

    public Task<(ConfigWriteResult, string?)> WriteFeedAsync(FeedConfig f, string? ifMatch, bool create, CancellationToken ct) => WriteAsync(TableNames.Feeds, ConfigEntityMapper.ToEntity(f), ifMatch, create, ct);

    public Task<(ConfigWriteResult, string?)> WriteChannelAsync(ChannelConfig c, string? ifMatch, bool create, CancellationToken ct) => WriteAsync(TableNames.Channels, ConfigEntityMapper.ToEntity(c), ifMatch, create, ct);

    public Task<ConfigWriteResult> DeleteTopicAsync(string id, string? ifMatch, CancellationToken ct) => DeleteAsync(TableNames.Topics, TableKeys.TopicPartition, id, ifMatch, ct);

    public Task<ConfigWriteResult> DeleteFeedAsync(string id, string? ifMatch, CancellationToken ct) => DeleteAsync(TableNames.Feeds, TableKeys.FeedPartition, id, ifMatch, ct);

    public Task<ConfigWriteResult> DeleteChannelAsync(string id, string? ifMatch, CancellationToken ct) => DeleteAsync(TableNames.Channels, TableKeys.ChannelPartition, id, ifMatch, ct);

    /// <summary>Seeds a configuration: inserts what is missing and leaves rows operators already have untouched.</summary>
    public async Task<int> SeedAsync(AlertsConfiguration config, CancellationToken ct)
    {
        var added = 0;
        foreach (var c in config.Channels) added += (await WriteChannelAsync(c, null, create: true, ct)).Item1 == ConfigWriteResult.Written ? 1 : 0;
        foreach (var t in config.Topics) added += (await WriteTopicAsync(t, null, create: true, ct)).Item1 == ConfigWriteResult.Written ? 1 : 0;
        foreach (var f in config.Feeds) added += (await WriteFeedAsync(f, null, create: true, ct)).Item1 == ConfigWriteResult.Written ? 1 : 0;
        return added;
    }

    private async Task<IReadOnlyList<Versioned<T>>> ListAsync<T>(string tableName, Func<TableEntity, T> map, CancellationToken ct)
    {
        var table = await tables.GetAsync(tableName, ct);
        var result = new List<Versioned<T>>();
        await foreach (var e in table.QueryAsync<TableEntity>(cancellationToken: ct))
        {
            result.Add(new Versioned<T>(map(e), e.ETag.ToString()));
        }

        return result;
    }

    private async Task<Versioned<T>?> GetAsync<T>(string tableName, string partition, string id, Func<TableEntity, T> map, CancellationToken ct)
    {
        var table = await tables.GetAsync(tableName, ct);
        var e = await table.GetEntityIfExistsAsync<TableEntity>(partition, id, cancellationToken: ct);
        return e.HasValue ? new Versioned<T>(map(e.Value!), e.Value!.ETag.ToString()) : null;
    }

    private async Task<(ConfigWriteResult, string?)> WriteAsync(string tableName, TableEntity entity, string? ifMatch, bool create, CancellationToken ct)
    {
        var table = await tables.GetAsync(tableName, ct);
        try
        {
            Response response = create
                ? await table.AddEntityAsync(entity, ct)
                : await table.UpdateEntityAsync(entity, ifMatch is null ? ETag.All : new ETag(ifMatch), TableUpdateMode.Replace, ct);
            return (ConfigWriteResult.Written, response.Headers.ETag?.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (ConfigWriteResult.AlreadyExists, null);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return (ConfigWriteResult.Conflict, null);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (ConfigWriteResult.NotFound, null);
        }
    }

    private async Task<ConfigWriteResult> DeleteAsync(string tableName, string partition, string id, string? ifMatch, CancellationToken ct)
    {
        var table = await tables.GetAsync(tableName, ct);
        try
        {
            var response = await table.DeleteEntityAsync(partition, id, ifMatch is null ? ETag.All : new ETag(ifMatch), ct);
            return response.Status == 404 ? ConfigWriteResult.NotFound : ConfigWriteResult.Written;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return ConfigWriteResult.Conflict;
        }
    }
}
