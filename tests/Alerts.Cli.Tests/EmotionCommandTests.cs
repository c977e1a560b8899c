namespace Alerts.Cli.Tests;

public sealed class EmotionCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("alerts-emotion-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Emotion_writes_label_valence_and_top_emotion_per_line()
    {
        // Arrange
        var input = Path.Combine(_dir, "texts.txt");
        var output = Path.Combine(_dir, "labels.txt");
        await File.WriteAllLinesAsync(input, ["Was für eine Frechheit, reine Abzocke!", "Der Zug fährt um acht", "", "I love this, thank you!"], TestContext.Current.CancellationToken);

        // Act
        var (code, _, err) = await Run("emotion", "--input", input, "--output", output);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Equal(4, lines.Length);
        Assert.Matches(@"^negative\t-0\.\d{3}\tanger$", lines[0]);
        Assert.Equal("neutral\t0.000\tnone", lines[1]);
        Assert.Equal("neutral\t0.000\tnone", lines[2]);
        Assert.Matches(@"^positive\t0\.\d{3}\t[a-z]+$", lines[3]);
    }

    [Fact]
    public async Task Emotion_lang_hint_selects_the_lexicon()
    {
        // "die" is a negative English word and a German article.
        var input = Path.Combine(_dir, "texts.txt");
        await File.WriteAllLinesAsync(input, ["die"], TestContext.Current.CancellationToken);

        await Run("emotion", "--input", input, "--output", Path.Combine(_dir, "en.txt"), "--lang", "en");
        await Run("emotion", "--input", input, "--output", Path.Combine(_dir, "de.txt"), "--lang", "de");

        Assert.StartsWith("negative", await File.ReadAllTextAsync(Path.Combine(_dir, "en.txt"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.StartsWith("neutral", await File.ReadAllTextAsync(Path.Combine(_dir, "de.txt"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emotion_with_missing_input_file_fails_with_exit_code_1()
    {
        var missing = Path.Combine(_dir, "nope.txt");

        var (code, _, err) = await Run("emotion", "--input", missing, "--output", Path.Combine(_dir, "out.txt"));

        Assert.Equal(1, code);
        Assert.Contains("input file not found", err, StringComparison.Ordinal);
        Assert.Contains(missing, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emotion_with_unknown_lang_is_a_usage_error()
    {
        var input = Path.Combine(_dir, "texts.txt");
        await File.WriteAllTextAsync(input, "gut", TestContext.Current.CancellationToken);

        var (code, _, err) = await Run("emotion", "--input", input, "--output", Path.Combine(_dir, "out.txt"), "--lang", "fr");

        Assert.Equal(2, code);
        Assert.Contains("--lang must be de, en or auto", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emotion_without_output_is_a_usage_error()
    {
        var (code, _, err) = await Run("emotion", "--input", "x.txt");

        Assert.Equal(2, code);
        Assert.Contains("--output", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emotion_throughput_reports_both_analyzer_and_baseline()
    {
        // Arrange: enough text for a few 280-character posts.
        var input = Path.Combine(_dir, "texts.txt");
        await File.WriteAllLinesAsync(input, Enumerable.Repeat("Die Lieferung kam zu spät, aber der Service war super freundlich 🙂", 30), TestContext.Current.CancellationToken);

        // Act
        var (code, stdout, _) = await Run("emotion", "--input", input, "--output", Path.Combine(_dir, "out.txt"), "--throughput");

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("analyzer", stdout, StringComparison.Ordinal);
        Assert.Contains("naive baseline", stdout, StringComparison.Ordinal);
        Assert.Matches(@"analyzer\s+[\d,]+ items/s\s+0\.0 bytes allocated/item", stdout);
    }
}
