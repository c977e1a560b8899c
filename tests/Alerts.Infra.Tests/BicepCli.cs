using System.Text.Json;
using Alerts.Testing;

namespace Alerts.Infra.Tests;

/// <summary>
/// The Bicep CLI restored from NuGet by tools/bicep/bicep.csproj (the same binary scripts/check-infra.sh uses).
/// </summary>
public static class BicepCli
{
    public const string Version = "0.49.2";

    public static string MainTemplate { get; } = Path.Combine(RepoPaths.Root, "infra", "main.bicep");

    private static readonly string _executable = Path.Combine(
        RepoPaths.Root, "tools", "bicep", "packages", "azure.bicep.commandline.linux-x64", Version, "tools", "bicep");

    private static readonly SemaphoreSlim _restore = new(1, 1);

    /// <summary>Runs <c>bicep</c> with the arguments, restoring the CLI first when it is missing.</summary>
    public static async Task<ProcessResult> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        await EnsureRestoredAsync(cancellationToken);
        return await ProcessRunner.RunAsync(_executable, arguments, TimeSpan.FromMinutes(2), cancellationToken: cancellationToken);
    }

    private static Task<JsonElement>? _mainTemplate;

    /// <summary>The ARM JSON compiled from infra/main.bicep, built once per test run.</summary>
    public static Task<JsonElement> BuildMainAsync(CancellationToken cancellationToken)
    {
        // Tests only read the result; the first caller's token governs the one build.
        return LazyInitializer.EnsureInitialized(ref _mainTemplate, () => CompileMainAsync(cancellationToken));
    }

    private static async Task<JsonElement> CompileMainAsync(CancellationToken cancellationToken)
    {
        var outFile = Path.Combine(Path.GetTempPath(), $"alerts-main-{Guid.NewGuid():N}.json");
        try
        {
            var result = await RunAsync(cancellationToken, "build", MainTemplate, "--outfile", outFile);
            Assert.True(result.ExitCode == 0, "bicep build failed:\n" + result.Output);
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(outFile, cancellationToken));
            return document.RootElement.Clone();
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    private static async Task EnsureRestoredAsync(CancellationToken cancellationToken)
    {
        // The pinned package is the linux-x64 build, like CI and the dev machines.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the pinned Bicep CLI package is linux-x64");
        await _restore.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(_executable))
            {
                return;
            }

            var project = Path.Combine(RepoPaths.Root, "tools", "bicep", "bicep.csproj");
            var restore = await ProcessRunner.RunAsync(
                "dotnet", ["restore", project, "--nologo"], TimeSpan.FromMinutes(5), cancellationToken: cancellationToken);
            Assert.SkipWhen(restore.ExitCode != 0, "The Bicep CLI could not be restored from NuGet:\n" + restore.Output);
            Assert.True(File.Exists(_executable), $"dotnet restore {project} succeeded but {_executable} is missing");
            if (OperatingSystem.IsLinux())
            {
                File.SetUnixFileMode(_executable, File.GetUnixFileMode(_executable) | UnixFileMode.UserExecute);
            }
        }
        finally
        {
            _restore.Release();
        }
    }
}
