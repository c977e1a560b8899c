using System.Text.RegularExpressions;
using Alerts.Testing;

namespace Alerts.Infra.Tests;

/// <summary>
/// Every function.json agrees with the handler and with infra/: one trigger, schedules that are app
/// settings infra sets, queues infra creates, and HTTP functions behind a function key.
/// </summary>
public sealed partial class FunctionBindingTests
{
    private static readonly IReadOnlyList<FunctionDefinition> _functions = FunctionDefinition.LoadAll();

    private static readonly string _functionAppBicep =
        File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "modules", "function-app.bicep"));

    [Fact]
    public void The_app_root_has_function_json_files()
    {
        // Assert
        Assert.NotEmpty(_functions);
    }

    [Fact]
    public void Every_function_json_has_exactly_one_trigger()
    {
        // Act
        var wrong = _functions.Where(f => f.Triggers.Count() != 1).Select(f => $"{f.Name}: {f.Triggers.Count()} triggers");

        // Assert
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_function_the_handler_serves_has_a_function_json_and_every_function_json_is_served()
    {
        // Arrange
        var path = Path.Combine(FunctionDefinition.AppRoot, "FunctionNames.cs");
        Assert.True(File.Exists(path), $"{path} is missing: the handler's served names are its const strings (public static class FunctionNames).");
        var served = ConstString().Matches(File.ReadAllText(path)).Select(m => m.Groups["value"].Value).ToHashSet(StringComparer.Ordinal);
        var folders = _functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

        // Act
        var servedWithoutFolder = served.Except(folders).Order(StringComparer.Ordinal);
        var folderNotServed = folders.Except(served).Order(StringComparer.Ordinal);

        // Assert
        Assert.True(served.Count > 0, $"no 'public const string X = \"...\";' found in {path}");
        Assert.Empty(servedWithoutFolder);
        Assert.Empty(folderNotServed);
    }

    [Fact]
    public void Timer_schedules_are_app_settings_that_infra_sets()
    {
        // Arrange
        var timers = _functions.SelectMany(f => f.OfType("timerTrigger").Select(b => (f.Name, Schedule: FunctionDefinition.Text(b, "schedule") ?? "")));

        // Act
        var problems = timers
            .Select(t => (t.Name, t.Schedule, Match: SettingReference().Match(t.Schedule)))
            .Select(t => !t.Match.Success
                ? $"{t.Name}: schedule '{t.Schedule}' is not a %SETTING% reference"
                : IsSetByInfra(t.Match.Groups["name"].Value) ? null
                : $"{t.Name}: {t.Match.Groups["name"].Value} is not an app setting in infra/modules/function-app.bicep")
            .OfType<string>();

        // Assert
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Queue_bindings_name_queues_that_infra_creates_with_their_poison_queues()
    {
        // Arrange
        var template = await BicepCli.BuildMainAsync(TestContext.Current.CancellationToken);
        var created = template.GetProperty("variables").GetProperty("queueNames").EnumerateArray()
            .Select(q => q.GetString()!).ToHashSet(StringComparer.Ordinal);
        var bound = _functions.SelectMany(f => f.OfType("queueTrigger").Concat(f.OfType("queue")))
            .Select(b => FunctionDefinition.Text(b, "queueName") ?? "").ToHashSet(StringComparer.Ordinal);
        bound.UnionWith(DirectlySentQueues());
        var triggered = _functions.SelectMany(f => f.OfType("queueTrigger")).Select(b => FunctionDefinition.Text(b, "queueName") ?? "");

        // Act
        var missing = bound.Concat(triggered.Select(q => q + "-poison")).Where(q => !created.Contains(q)).Order(StringComparer.Ordinal);
        var unused = created.Where(q => !q.EndsWith("-poison", StringComparison.Ordinal) && !bound.Contains(q));

        // Assert
        Assert.Empty(missing);
        Assert.Empty(unused);
    }

    /// <summary>
    /// Queues a handler writes itself (<c>public const string QueueName = "…"</c>), because it must send before saving
    /// its own state and so cannot use an output binding, which the host writes only after the handler returns.
    /// </summary>
    private static IEnumerable<string> DirectlySentQueues() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "functions", "Alerts.Functions", "Handlers"), "*.cs")
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "const string QueueName = \"([a-z0-9-]+)\"").Select(m => m.Groups[1].Value));

    [Fact]
    public void Queue_bindings_use_the_AlertsStorage_connection_that_infra_configures()
    {
        // Arrange
        var connections = _functions
            .SelectMany(f => f.OfType("queueTrigger").Concat(f.OfType("queue")).Select(b => (f.Name, Connection: FunctionDefinition.Text(b, "connection"))));

        // Act
        var wrong = connections.Where(c => c.Connection != "AlertsStorage").Select(c => $"{c.Name}: connection '{c.Connection}'");

        // Assert
        Assert.Empty(wrong);
        Assert.True(IsSetByInfra("AlertsStorage__queueServiceUri"), "infra does not set AlertsStorage__queueServiceUri");
    }

    [Fact]
    public void Http_functions_are_forwarded_and_need_a_function_key_except_the_ack_endpoint_and_the_dashboard()
    {
        // Arrange
        var http = _functions.Where(f => f.OfType("httpTrigger").Any()).ToList();

        // Act
        var problems = new List<string>();
        foreach (var function in http)
        {
            // enableForwardingHttpRequest applies only to exactly one httpTrigger plus one http output (platform-facts A4).
            if (function.Bindings.Count != 2 || function.OfType("http").Count() != 1)
            {
                problems.Add($"{function.Name}: needs exactly an httpTrigger and one http output binding to be forwarded");
            }

            var authLevel = FunctionDefinition.Text(function.OfType("httpTrigger").First(), "authLevel");
            // Ack links are opened from a Teams card without a key; they carry their own HMAC signature.
            // The dashboard serves only static files (no data); the page sends the key with each API call it makes.
            var anonymousAllowed = function.Name.StartsWith("Ack", StringComparison.Ordinal) || function.Name == "Dashboard";
            if (authLevel != "function" && !(anonymousAllowed && authLevel == "anonymous"))
            {
                problems.Add($"{function.Name}: authLevel '{authLevel}' (want 'function'; only Ack* functions and Dashboard may be 'anonymous')");
            }
        }

        // Assert
        Assert.Empty(problems);
    }

    private static bool IsSetByInfra(string setting) =>
        Regex.IsMatch(_functionAppBicep, $@"^\s*'?{Regex.Escape(setting)}'?\s*:", RegexOptions.Multiline);

    [GeneratedRegex(@"public\s+const\s+string\s+\w+\s*=\s*""(?<value>[^""]+)""\s*;")]
    private static partial Regex ConstString();

    [GeneratedRegex(@"^%(?<name>[A-Za-z0-9_]+)%$")]
    private static partial Regex SettingReference();
}
