namespace Alerts.Domain.Scanning;

/// <summary>
/// The <c>feed-scans</c> queue message. <see cref="ScanId"/> is the business id that makes a redelivered message
/// idempotent (the queue's own message id changes in the poison queue).
/// </summary>
public sealed record ScanRequest(string FeedId, string ScanId, DateTimeOffset RequestedAt, string Reason = "schedule");
