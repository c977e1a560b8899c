namespace Alerts.Functions;

/// <summary>Function names = folder names = invocation paths (<c>POST /{name}</c>). The infra tests compare this list with the folders.</summary>
public static class FunctionNames
{
    public const string PollFeeds = "PollFeeds";
    public const string ScanFeed = "ScanFeed";
    public const string EvaluateTopics = "EvaluateTopics";
    public const string ProcessSpike = "ProcessSpike";
    public const string DeliverNotification = "DeliverNotification";
    public const string MaintainAlerts = "MaintainAlerts";
    public const string RunScan = "RunScan";

    /// <summary>HTTP, forwarded by the host to <c>GET/POST /api/ack</c> (Api/AckEndpoints); anonymous: the token is signed.</summary>
    // HTTP functions: forwarded to the ASP.NET Core routes of the same path (Api/), never invoked by name.
    public const string Ack = "Ack";
    public const string Topics = "Topics";
    public const string Feeds = "Feeds";
    public const string Channels = "Channels";
    public const string Alerts = "Alerts";
    public const string AlertActions = "AlertActions";
    public const string Scans = "Scans";
    public const string Health = "Health";
    public const string Status = "Status";
    public const string OpenApi = "OpenApi";
    public const string TopicSeries = "TopicSeries";
    public const string Silences = "Silences";

    /// <summary>HTTP, forwarded to <c>GET /api/dashboard/…</c> (Dashboard/DashboardEndpoints); anonymous: static files only, the page's API calls carry the key.</summary>
    public const string Dashboard = "Dashboard";
}
