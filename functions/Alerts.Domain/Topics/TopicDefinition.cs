namespace Alerts.Domain.Topics;

/// <summary>
/// What the matcher needs to know about a topic. <paramref name="Languages"/> holds language tags such as
/// "de" or "en"; null means any language. Only the primary subtag counts, so "de" also accepts "de-AT".
/// </summary>
public sealed record TopicDefinition(string Id, string Name, TopicQuery Query, IReadOnlySet<string>? Languages);
