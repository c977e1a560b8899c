namespace Alerts.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task An_unknown_command_exits_2_and_lists_every_verb()
    {
        var (exit, stdout, stderr) = await Run("topic", "lsit");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("unknown command: topic lsit\n", stderr, StringComparison.Ordinal);
        Assert.All(CliApp.Commands, c => Assert.Contains($"alerts {string.Join(' ', c.Verb)} ", stderr, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_lists_the_verbs_on_stdout_and_exits_0()
    {
        var (exit, stdout, _) = await Run("help");

        Assert.Equal(0, exit);
        Assert.Contains("alerts topics add ", stdout, StringComparison.Ordinal);
        Assert.Contains("alerts scan show ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_runs_the_same_command_as_its_verb()
    {
        var (exit, _, stderr) = await Run("feeds", "preview");

        Assert.Equal(2, exit);
        Assert.Equal("alerts feed preview: give exactly one of --url URL or --file PATH\n", stderr);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("90s", 90)]
    [InlineData("1.5m", 90)]
    [InlineData("2h", 7200)]
    public void Durations_read_seconds_minutes_and_hours(string text, int seconds)
    {
        Assert.True(Durations.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5s")]
    [InlineData("2d")]
    [InlineData("soon")]
    public void Durations_refuse_what_is_not_a_positive_duration(string text) => Assert.False(Durations.TryParse(text, out _));

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
