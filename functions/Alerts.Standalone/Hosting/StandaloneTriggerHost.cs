using Alerts.Standalone.Metadata;
using Alerts.Standalone.Protocol;
using Alerts.Standalone.Queues;
using Alerts.Standalone.Timers;
using Alerts.Storage.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Standalone.Hosting;

/// <summary>
/// Standalone mode: reads the same <c>function.json</c> files the Functions host reads and runs their timer and
/// queue triggers against storage, posting the host's invocation payloads to the app's own dispatcher.
/// All bindings are resolved before the first trigger runs, so a bad schedule or missing setting stops start-up.
/// </summary>
public sealed partial class StandaloneTriggerHost(
    IOptions<StandaloneOptions> options,
    IConfiguration configuration,
    IHostEnvironment environment,
    IFunctionInvoker invoker,
    QueueClientProvider queues,
    QueueWakeSignals wake,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger<StandaloneTriggerHost>();
    private readonly string _instanceId = Guid.NewGuid().ToString();
    private List<Func<CancellationToken, Task>>? _runners;

    public IReadOnlyList<FunctionMetadata> Functions { get; private set; } = [];

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var appRoot = options.Value.AppRootOr(environment.ContentRootPath);
        Functions = FunctionMetadataLoader.Load(appRoot);
        var host = HostSettings.Load(appRoot);
        var settings = new SettingResolver(configuration);
        var writer = new OutputBindingWriter(queues, wake, settings, host);
        var hostStorage = StorageConnection.FromConfiguration(configuration, options.Value.HostStorageConnection);
        var locks = hostStorage.CreateBlobServiceClient().GetBlobContainerClient("azure-webjobs-hosts");

        _runners = [];
        foreach (var function in Functions)
        {
            var where = $"{function.Name}/function.json";
            if (function.IsTimer)
            {
                var schedule = NcrontabSchedule.Parse(settings.Resolve(function.Trigger.Get("schedule") ?? "", where), where);
                var monitored = function.Trigger.Raw["useMonitor"]?.GetValue<bool>() ?? true;
                var runner = new TimerTriggerRunner(
                    function, schedule,
                    new TimerLease(locks, options.Value.HostId, function.Name, _instanceId, options.Value.LeaseDuration),
                    monitored ? new ScheduleStatusStore(locks, options.Value.HostId, function.Name) : null,
                    function.Trigger.Raw["runOnStartup"]?.GetValue<bool>() ?? false,
                    invoker, writer, time, loggers.CreateLogger($"Alerts.Timer.{function.Name}"));
                _runners.Add(runner.RunAsync);
            }
            else if (function.IsQueue)
            {
                var queueName = settings.Resolve(function.Trigger.Get("queueName") ?? "", where);
                var connection = function.Trigger.Get("connection") ?? "AzureWebJobsStorage";
                var queue = await queues.GetAsync(connection, queueName, cancellationToken);
                var poison = queueName.EndsWith("-poison", StringComparison.Ordinal) ? null
                    : await queues.GetAsync(connection, queueName + "-poison", cancellationToken);
                var listener = new QueueTriggerListener(function, queue, poison, host, invoker, writer, wake, time,
                    loggers.CreateLogger($"Alerts.Queue.{function.Name}"));
                _runners.Add(listener.RunAsync);
            }

            Log.FunctionLoaded(_logger, function.Name, function.Trigger.Type);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_runners!.Select(r => Task.Run(() => r(stoppingToken), stoppingToken)));

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Standalone mode: {Function} ({Trigger}) loaded")]
        public static partial void FunctionLoaded(ILogger logger, string function, string trigger);
    }
}
