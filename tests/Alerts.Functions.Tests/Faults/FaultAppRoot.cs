using System.Text.Json.Nodes;
using Alerts.Functions.Tests.Infrastructure;

namespace Alerts.Functions.Tests.Faults;

/// <summary>
/// A copy of the app root (host.json and every function.json) whose queues retry a failed message after one second
/// instead of host.json's 30, so fault tests run the real standalone runtime and still finish in seconds.
/// Pass <see cref="Settings"/> to <see cref="TestApp.StartAsync"/>.
/// </summary>
public static class FaultAppRoot
{
    private static readonly Lazy<string> Root = new(Create);

    public static KeyValuePair<string, string?> Settings => new("Alerts:Standalone:AppRoot", Root.Value);

    private static string Create()
    {
        var root = Directory.CreateTempSubdirectory("alerts-approot-").FullName;
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(TestApp.AppRoot, "host.json")))!;
        host["extensions"]!["queues"]!["visibilityTimeout"] = "00:00:01";
        host["extensions"]!["queues"]!["maxPollingInterval"] = "00:00:00.500";
        File.WriteAllText(Path.Combine(root, "host.json"), host.ToJsonString());
        foreach (var function in Directory.EnumerateDirectories(TestApp.AppRoot).Where(d => File.Exists(Path.Combine(d, "function.json"))))
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, Path.GetFileName(function))).FullName;
            File.Copy(Path.Combine(function, "function.json"), Path.Combine(folder, "function.json"));
        }

        return root;
    }
}
