using System.Text.Json.Serialization.Metadata;
using Alerts.Storage.Configuration;

namespace Alerts.Functions.Api;

/// <summary>
/// What differs between topics, feeds and channels for the CRUD endpoints in <see cref="ConfigEndpoints"/>: how to
/// store, validate and show one. Everything else (ids, ETags, If-Match, problems) is shared.
/// </summary>
public sealed class ConfigResource<TBody, TConfig, TView>
    where TBody : class
{
    public required string Name { get; init; }
    public required string Path { get; init; }
    public required JsonTypeInfo<TBody> BodyType { get; init; }
    public required JsonTypeInfo<TView> ViewType { get; init; }
    public required JsonTypeInfo<Contracts.ItemList<TView>> ListType { get; init; }
    public required Func<ConfigStore, CancellationToken, Task<IReadOnlyList<Versioned<TConfig>>>> List { get; init; }
    public required Func<ConfigStore, string, CancellationToken, Task<Versioned<TConfig>?>> Get { get; init; }
    public required Func<ConfigStore, TConfig, string?, bool, CancellationToken, Task<(ConfigWriteResult, string?)>> Write { get; init; }
    public required Func<ConfigStore, string, string?, CancellationToken, Task<ConfigWriteResult>> Delete { get; init; }
    public required Func<TBody, string?> IdOf { get; init; }
    public required Func<TBody, string, TConfig> ToConfig { get; init; }

    /// <summary>Every problem as "field: message"; may do I/O (known channels, a probe of the feed URL).</summary>
    public required Func<HttpContext, TConfig, CancellationToken, Task<ConfigCheck>> Validate { get; init; }

    /// <summary>Views of many items at once (feeds read all health rows in one query).</summary>
    public required Func<HttpContext, IReadOnlyList<Versioned<TConfig>>, CancellationToken, Task<IReadOnlyList<TView>>> ToViews { get; init; }

    /// <summary>Why the item cannot be deleted (e.g. a channel topics still use), or none.</summary>
    public Func<HttpContext, string, CancellationToken, Task<IReadOnlyList<string>>>? DeleteBlockers { get; init; }
}

/// <summary>The outcome of validating one item: field errors (400) or a failed reachability probe (422).</summary>
public sealed record ConfigCheck(IReadOnlyList<string> Errors, string? Unprocessable = null)
{
    public static readonly ConfigCheck Ok = new([]);
}
