namespace Alerts.Standalone.Protocol;

/// <summary>What the host knows about a dequeued message, as it puts it into <c>Metadata</c>.</summary>
public sealed record QueueMessageInfo(
    string Text,
    string MessageId,
    string PopReceipt,
    long DequeueCount,
    DateTimeOffset? InsertedOn,
    DateTimeOffset? ExpiresOn,
    DateTimeOffset? NextVisibleOn);
