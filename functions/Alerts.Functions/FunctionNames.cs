namespace Alerts.Functions;

/// <summary>Function names = folder names = invocation paths (<c>POST /{name}</c>). The infra tests compare this list with the folders.</summary>
public static class FunctionNames
{
    public const string PollFeeds = "PollFeeds";
    public const string ScanFeed = "ScanFeed";
    public const string EvaluateTopics = "EvaluateTopics";
    public const string ProcessSpike = "ProcessSpike";
    public const string DeliverNotification = "DeliverNotification";
}
