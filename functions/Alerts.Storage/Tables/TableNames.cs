namespace Alerts.Storage.Tables;

/// <summary>Every table the app uses; created on first use (and by infra in Azure).</summary>
public static class TableNames
{
    public const string Topics = "topics";
    public const string Feeds = "feeds";
    public const string Channels = "channels";
    public const string FeedState = "feedstate";
    public const string Buckets = "buckets";
    public const string DetectorState = "detectorstate";
    public const string Expectations = "expectations";
    public const string Alerts = "alerts";
    public const string Deliveries = "deliveries";
    public const string Silences = "silences";
    public const string Scans = "scans";
}
