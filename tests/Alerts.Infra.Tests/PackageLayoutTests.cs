using System.Text.Json;

namespace Alerts.Infra.Tests;

/// <summary>The deployable zip has the layout the Functions host expects (platform-facts A1).</summary>
public sealed class PackageLayoutTests(PackagedApp app) : IClassFixture<PackagedApp>
{
    [Fact]
    public void Host_json_is_at_the_zip_root()
    {
        // Assert
        Assert.NotNull(app.Zip.GetEntry("host.json"));
    }

    [Fact]
    public async Task The_handler_that_host_json_names_is_in_the_zip_and_executable()
    {
        // Arrange
        await using var stream = app.Zip.GetEntry("host.json")!.Open();
        using var host = await JsonDocument.ParseAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        var handler = host.RootElement.GetProperty("customHandler").GetProperty("description")
            .GetProperty("defaultExecutablePath").GetString()!;

        // Act
        var entry = app.Zip.GetEntry(handler);

        // Assert
        Assert.True(entry is not null, $"host.json defaultExecutablePath '{handler}' is not at the root of {app.ZipPath}");
        var mode = (UnixFileMode)((entry.ExternalAttributes >> 16) & 0x1FF);
        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"{handler} is stored without its executable bit (mode {mode})");
    }

    [Fact]
    public void The_zip_has_exactly_the_function_folders_of_the_source()
    {
        // Arrange
        var source = FunctionDefinition.LoadAll().Select(f => f.Name);

        // Act
        var packaged = app.Zip.Entries
            .Select(e => e.FullName.Split('/'))
            .Where(parts => parts is [_, "function.json"])
            .Select(parts => parts[0]);

        // Assert
        Assert.Equal(source.Order(StringComparer.Ordinal), packaged.Order(StringComparer.Ordinal));
    }
}
