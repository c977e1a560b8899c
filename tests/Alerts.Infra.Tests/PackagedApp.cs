using System.IO.Compression;
using Alerts.Testing;

namespace Alerts.Infra.Tests;

/// <summary>
/// Runs scripts/package.sh once (dotnet publish, self-contained linux-x64, then zip) into a temp folder
/// and opens the zip, so the tests look at exactly what a deployment uploads.
/// </summary>
public sealed class PackagedApp : IAsyncLifetime
{
    private readonly string _artifacts = Path.Combine(Path.GetTempPath(), $"alerts-package-{Guid.NewGuid():N}");

    public ZipArchive Zip { get; private set; } = null!;

    public string ZipPath => Path.Combine(_artifacts, "alerts-functions.zip");

    public async ValueTask InitializeAsync()
    {
        var script = Path.Combine(RepoPaths.Root, "scripts", "package.sh");
        var result = await ProcessRunner.RunAsync(
            "bash",
            [script],
            // About 30 s on an idle machine; the limit only guards against a hung build on a busy one.
            TimeSpan.FromMinutes(10),
            new Dictionary<string, string>
            {
                ["ALERTS_ARTIFACTS"] = _artifacts,
                // No shared compiler server or reused MSBuild nodes: a timeout then kills only
                // processes this test started, never a server other builds on the machine share.
                ["MSBUILDDISABLENODEREUSE"] = "1",
                ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
                ["UseSharedCompilation"] = "false",
            },
            TestContext.Current.CancellationToken);
        if (result.ExitCode != 0)
        {
            // Compiler output can be long; the end holds the errors and the summary.
            var tail = result.Output.Length > 8000 ? "...\n" + result.Output[^8000..] : result.Output;
            throw new InvalidOperationException($"scripts/package.sh exited with {result.ExitCode}:\n{tail}");
        }

        Zip = ZipFile.OpenRead(ZipPath);
    }

    public ValueTask DisposeAsync()
    {
        Zip?.Dispose();
        if (Directory.Exists(_artifacts))
        {
            Directory.Delete(_artifacts, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
