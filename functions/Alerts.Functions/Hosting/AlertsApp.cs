using Alerts.Alerting;
using Alerts.Detection;
using Alerts.Feeds;
using Alerts.Functions.Alerting;
using Alerts.Functions.Api;
using Alerts.Functions.Configuration;
using Alerts.Functions.Dashboard;
using Alerts.Functions.Demo;
using Alerts.Functions.Handlers;
using Alerts.Functions.Protocol;
using Alerts.Functions.Scanning;
using Alerts.Functions.Telemetry;
using Alerts.Standalone.Hosting;
using Alerts.Standalone.Protocol;
using Alerts.Storage;
using Alerts.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Hosting;

/// <summary>Composition root: what the app registers and maps, kept out of Program.cs.</summary>
public static class AlertsApp
{
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        // Under the Functions host, listen where it calls us (platform-facts A1); standalone keeps --urls / ASPNETCORE_URLS.
        if (builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"] is { Length: > 0 } port)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        // No door needs more: API bodies are capped lower (Alerts:Api:MaxBodyBytes), invocations carry one queue message (≤ 64 KiB).
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);

        var services = builder.Services;
        var config = builder.Configuration;
        KeyVaultReferenceCheck.ThrowIfUnresolved(config);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AlertPolicy>().BindConfiguration(AlertPolicyValidation.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertPolicy>, AlertPolicyValidation>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<AlertPolicy>>().Value);
        services.AddProblemDetails();
        services.AddAlertsApi();
        services.AddAlertsTelemetry(config);
        services.AddAlertsStorage(config);
        services.AddAlertsFeeds(config);
        // Hosted services start in registration order: seed the configuration before any trigger runs.
        services.AddHostedService<AlertLinkSettingsCheck>();
        services.AddHostedService<ConfigurationSeeder>();
        services.AddStandaloneTriggers(config);
        services.AddAlertsTeams(config);
        if (config.GetValue<bool>("Alerts:Demo:Enabled"))
        {
            services.AddTeamsReceiver();
        }
        services.AddOptions<ScanOptions>().BindConfiguration(ScanOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DetectionOptions>().BindConfiguration(DetectionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration("Alerts");
        services.AddSingleton<TopicCatalog>();
        services.AddSingleton<FeedScanner>();
        services.AddSingleton<AlertCards>();
        services.AddSingleton<AlertActions>();
        services.AddSingleton<ManualScanner>();
        services.AddScoped<DigestSender>();
        services.AddSingleton<FunctionDispatcher>();
        services.AddSingleton<IFunctionInvoker>(sp => sp.GetRequiredService<FunctionDispatcher>());
        services.AddKeyedScoped<IFunctionHandler, PollFeedsHandler>(FunctionNames.PollFeeds);
        services.AddKeyedScoped<IFunctionHandler, ScanFeedHandler>(FunctionNames.ScanFeed);
        services.AddKeyedScoped<IFunctionHandler, EvaluateTopicsHandler>(FunctionNames.EvaluateTopics);
        services.AddKeyedScoped<IFunctionHandler, ProcessSpikeHandler>(FunctionNames.ProcessSpike);
        services.AddKeyedScoped<IFunctionHandler, DeliverNotificationHandler>(FunctionNames.DeliverNotification);
        services.AddKeyedScoped<IFunctionHandler, MaintainAlertsHandler>(FunctionNames.MaintainAlerts);
        services.AddKeyedScoped<IFunctionHandler, RunScanHandler>(FunctionNames.RunScan);
        return builder;
    }

    public static WebApplication MapAlerts(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapInvocationEndpoints();
        app.MapAlertsApi();
        app.MapAck();
        app.MapDashboard();
        if (app.Configuration.GetValue<bool>("Alerts:Demo:Enabled"))
        {
            app.MapDemoFeed();
            app.MapTeamsReceiver();
        }

        return app;
    }
}
