using System.Text.Json;
using Alerts.Alerting;
using Alerts.Storage.Tables;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage.Alerts;

/// <summary>
/// Table <c>silences</c>: one row per <see cref="SilenceRule"/> (partition <c>silence</c>, row key the rule's id), the
/// rule as JSON plus its end time as a column so the active ones are found without reading expired ones. Silences
/// are few (planned campaigns), so one partition and in-memory ordering are enough.
/// </summary>
public sealed class SilenceStore(AlertsTables tables)
{
    private const string Partition = "silence";

    /// <summary>Adds a valid rule; false when a rule with its id exists (nothing is overwritten). Invalid rules throw, listing every error.</summary>
    public async Task<bool> AddAsync(SilenceRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var errors = rule.Validate();
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors), nameof(rule));
        var table = await tables.GetAsync(TableNames.Silences, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition, rule.Id)
            {
                ["TopicId"] = rule.TopicId,
                ["EndsAt"] = rule.EndsAt,
                ["Rule"] = JsonSerializer.Serialize(rule, AlertJsonContext.Default.SilenceRule),
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Every rule, newest (latest start) first, expired ones included (they explain past alerts).</summary>
    public async Task<IReadOnlyList<SilenceRule>> ListAsync(CancellationToken cancellationToken) =>
        Newest(await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken));

    /// <summary>The rules in force at <paramref name="now"/> (start ≤ now &lt; end), newest first.</summary>
    public async Task<IReadOnlyList<SilenceRule>> ListActiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and EndsAt gt {now}"), cancellationToken);
        return Newest(current.Where(r => r.StartsAt <= now && now < r.EndsAt));
    }

    public async Task<SilenceRule?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var table = await tables.GetAsync(TableNames.Silences, cancellationToken);
        var e = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return e.HasValue ? Read(e.Value!) : null;
    }

    /// <summary>False when there was no such rule. Alerts it silenced are unsilenced by the next MaintainAlerts run.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var table = await tables.GetAsync(TableNames.Silences, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(Partition, id, ETag.All, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private async Task<List<SilenceRule>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Silences, cancellationToken);
        var result = new List<SilenceRule>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(Read(e));
        }

        return result;
    }

    private static SilenceRule Read(TableEntity e) =>
        JsonSerializer.Deserialize(e.GetString("Rule"), AlertJsonContext.Default.SilenceRule)
        ?? throw new InvalidDataException($"silence {e.RowKey}: stored rule is empty");

    private static List<SilenceRule> Newest(IEnumerable<SilenceRule> rules) =>
        rules.OrderByDescending(r => r.StartsAt).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
}
