using System.Text.Json;
using Alerts.Testing;

namespace Alerts.Infra.Tests;

/// <summary>infra/ compiles and lints clean with the pinned Bicep CLI, offline (local modules only).</summary>
public sealed class InfraTemplateTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("lint")]
    public async Task Bicep_reports_no_warnings_or_errors(string command)
    {
        // Arrange
        var outFile = Path.Combine(Path.GetTempPath(), $"alerts-{command}-{Guid.NewGuid():N}.json");
        string[] arguments = command == "build" ? ["build", BicepCli.MainTemplate, "--outfile", outFile] : ["lint", BicepCli.MainTemplate];

        // Act
        var result = await BicepCli.RunAsync(TestContext.Current.CancellationToken, arguments);
        File.Delete(outFile);

        // Assert
        Assert.True(result.ExitCode == 0, $"bicep {command} exited with {result.ExitCode}:\n{result.Output}");
        Assert.DoesNotContain(" : Warning ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" : Error ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_template_parameter_without_a_default_is_in_main_parameters_json()
    {
        // Arrange
        var template = await BicepCli.BuildMainAsync(TestContext.Current.CancellationToken);
        using var parameters = JsonDocument.Parse(
            await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "infra", "main.parameters.json"), TestContext.Current.CancellationToken));
        var supplied = parameters.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        // Act
        var required = template.GetProperty("parameters").EnumerateObject()
            .Where(p => !p.Value.TryGetProperty("defaultValue", out _))
            .Select(p => p.Name);

        // Assert
        Assert.All(required, name => Assert.Contains(name, supplied));
        Assert.All(supplied, name => Assert.True(template.GetProperty("parameters").TryGetProperty(name, out _), $"main.parameters.json sets unknown parameter '{name}'"));
    }

    [Fact]
    public async Task The_template_outputs_what_the_deploy_scripts_read()
    {
        // Arrange
        var template = await BicepCli.BuildMainAsync(TestContext.Current.CancellationToken);

        // Act
        var outputs = template.GetProperty("outputs").EnumerateObject().Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

        // Assert
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "AZURE_FUNCTION_APP_NAME", "AZURE_FUNCTION_APP_URL", "AZURE_KEY_VAULT_NAME", "AZURE_STORAGE_ACCOUNT_NAME", "RESOURCE_GROUP",
            },
            outputs);
    }
}
