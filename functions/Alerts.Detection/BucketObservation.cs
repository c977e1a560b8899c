namespace Alerts.Detection;

/// <summary>
/// One closed bucket of a topic: how many mentions it had and how many of them emotion scoring labelled
/// negative or positive.
/// </summary>
public readonly record struct BucketObservation(DateTimeOffset Start, int Mentions, int Negative, int Positive);
