using Alerts.Standalone.Queues;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Alerts.Functions.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Traces (invocations, scans, outgoing HTTP) and metrics; Azure Monitor in Azure, console locally.</summary>
    public static IServiceCollection AddAlertsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var toConsole = string.IsNullOrWhiteSpace(connectionString) && configuration.GetValue("Alerts:Telemetry:Console", true);
        services.AddOpenTelemetry()
            .WithTracing(t =>
            {
                t.AddSource(AlertsTelemetry.Name);
                if (!string.IsNullOrWhiteSpace(connectionString))
                {
                    t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddAzureMonitorTraceExporter(o => o.ConnectionString = connectionString);
                }
                else if (toConsole)
                {
                    // Locally only the app's own spans: HTTP client spans would print every storage 404/409 of
                    // CreateIfNotExists as an error and drown the scans.
                    t.AddConsoleExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(AlertsTelemetry.Name, QueueTriggerListener.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (!string.IsNullOrWhiteSpace(connectionString)) m.AddAzureMonitorMetricExporter(o => o.ConnectionString = connectionString);
                else if (toConsole) m.AddConsoleExporter();
            });
        return services;
    }
}
