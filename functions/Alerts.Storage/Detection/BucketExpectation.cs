namespace Alerts.Storage.Detection;

/// <summary>
/// What a topic's detector expected for one closed bucket (null where it gave no expectation), and the signals that
/// spiked in it (<c>volume</c>, <c>negativeemotion</c>, <c>positiveemotion</c>, <c>silence</c>, as in spike messages).
/// </summary>
public sealed record BucketExpectation(DateTimeOffset Start, double? ExpectedMentions, double? ExpectedNegative, double? ExpectedPositive, IReadOnlyList<string> Spikes);
