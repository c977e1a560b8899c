using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Alerts.Functions.Telemetry;

/// <summary>
/// The app's traces and metrics (OpenTelemetry names): one ActivitySource and one Meter named <c>Alerts</c>,
/// exported to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set and to the console otherwise.
/// </summary>
public static class AlertsTelemetry
{
    public const string Name = "Alerts";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> ItemsIngested = Meter.CreateCounter<long>("alerts.items.ingested", "{item}", "New feed items seen by scans");

    public static readonly Counter<long> ItemsMatched = Meter.CreateCounter<long>("alerts.items.matched", "{item}", "New items that matched at least one topic");

    public static readonly Histogram<double> ScanDuration = Meter.CreateHistogram<double>("alerts.scan.duration", "s", "Duration of one feed scan");

    public static readonly Counter<long> FeedFailures = Meter.CreateCounter<long>("alerts.feed.failures", "{failure}", "Feed fetches or parses that failed");

    public static readonly Counter<long> SpikeDecisions = Meter.CreateCounter<long>("alerts.spike.decisions", "{decision}", "Spike decisions sent to the alert lifecycle");

    public static readonly Counter<long> NotificationsSent = Meter.CreateCounter<long>("alerts.notifications.sent", "{notification}", "Cards Teams accepted (tags: channel, kind alert or digest)");

    public static readonly Counter<long> NotificationsFailed = Meter.CreateCounter<long>("alerts.notifications.failed", "{notification}", "Card posts that failed or were deferred (tags: channel, outcome)");

    public static readonly Histogram<double> NotificationLatency = Meter.CreateHistogram<double>("alerts.notification.latency", "s", "From the close of the spike's bucket to Teams accepting the card that announces it");

    public static readonly Counter<long> InvocationFailures = Meter.CreateCounter<long>("alerts.invocation.failures", "{invocation}", "Function invocations that failed (queue messages are retried, then poisoned)");
}
