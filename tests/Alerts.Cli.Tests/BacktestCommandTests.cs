using System.Globalization;

namespace Alerts.Cli.Tests;

public sealed class BacktestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("backtest-").FullName;

    [Fact]
    public async Task Backtest_writes_one_result_row_per_input_row_in_input_order()
    {
        // Arrange: three days of 5-minute rows with one out-of-order pair, one duplicate and a one-hour gap.
        var lines = Rows(3 * 288).ToList();
        (lines[100], lines[101]) = (lines[101], lines[100]);
        lines.Insert(200, lines[199]);
        lines.RemoveRange(400, 12);
        var input = Write("series.csv", ["timestamp,value", .. lines]);
        var output = Path.Combine(_dir, "result.csv");

        // Act
        var (code, stdout, _) = await Run("backtest", "--input", input, "--output", output);

        // Assert
        Assert.Equal(0, code);
        var result = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal("timestamp,value,anomaly_score,label", result[0]);
        Assert.Equal(lines.Count, result.Length - 1);
        Assert.Equal(lines.Select(l => l.Split(',')[0]), result.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(result.Skip(1), row =>
        {
            var score = double.Parse(row.Split(',')[2], CultureInfo.InvariantCulture);
            Assert.InRange(score, 0, 1);
            Assert.EndsWith(",0", row, StringComparison.Ordinal);
        });
        Assert.Contains("alerts fired:", stdout, StringComparison.Ordinal);
        Assert.Contains("per week", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_marks_a_clear_burst_at_or_above_one_half_and_names_it_in_the_summary()
    {
        // Arrange: two quiet days, then one bucket at twenty times the usual volume.
        var lines = Rows(2 * 288 + 50).ToList();
        var burstRow = (2 * 288) + 10;
        lines[burstRow] = lines[burstRow].Split(',')[0] + ",400";
        var input = Write("burst.csv", ["timestamp,value", .. lines]);
        var output = Path.Combine(_dir, "burst-result.csv");

        // Act
        var (code, stdout, _) = await Run("backtest", "--input", input, "--output", output, "--sensitivity", "low");

        // Assert
        Assert.Equal(0, code);
        var scores = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Skip(1)
            .Select(l => double.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([burstRow], scores.Select((s, i) => (s, i)).Where(x => x.s >= 0.5).Select(x => x.i));
        Assert.Contains("alerts fired: 1", stdout, StringComparison.Ordinal);
        Assert.Contains("peak 400 mentions", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_with_NaN_on_line_7_fails_naming_line_7()
    {
        // Arrange: header on line 1, so the sixth data row is line 7.
        var lines = Rows(20).ToList();
        lines[5] = lines[5].Split(',')[0] + ",NaN";
        var input = Write("nan.csv", ["timestamp,value", .. lines]);

        // Act
        var (code, _, stderr) = await Run("backtest", "--input", input, "--output", Path.Combine(_dir, "nan-result.csv"));

        // Assert
        Assert.Equal(1, code);
        Assert.Contains("line 7", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "nan-result.csv")));
    }

    [Theory]
    [InlineData("-3", "line 4")]
    [InlineData("12abc", "line 4")]
    public async Task Backtest_with_a_bad_value_fails_naming_the_line(string value, string expected)
    {
        // Arrange
        var lines = Rows(10).ToList();
        lines[2] = lines[2].Split(',')[0] + "," + value;
        var input = Write("bad.csv", ["timestamp,value", .. lines]);

        // Act
        var (code, _, stderr) = await Run("backtest", "--input", input, "--output", Path.Combine(_dir, "bad-result.csv"));

        // Assert
        Assert.Equal(1, code);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_with_an_unparseable_timestamp_fails_naming_the_line()
    {
        // Arrange
        var input = Write("ts.csv", ["timestamp,value", "2015-02-26 21:42:53,4", "yesterday at noon,5"]);

        // Act
        var (code, _, stderr) = await Run("backtest", "--input", input, "--output", Path.Combine(_dir, "ts-result.csv"));

        // Assert
        Assert.Equal(1, code);
        Assert.Contains("line 3", stderr, StringComparison.Ordinal);
        Assert.Contains("timestamp", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output", "x.csv")]
    [InlineData("--input", "x.csv", "--output", "y.csv", "--sensitivity", "extreme")]
    [InlineData("--input", "x.csv", "--output", "y.csv", "--treshold", "3")]
    public async Task Backtest_usage_errors_exit_with_2(params string[] args)
    {
        // Act
        var (code, _, stderr) = await Run(["backtest", .. args]);

        // Assert
        Assert.Equal(2, code);
        Assert.StartsWith("alerts backtest:", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>NAB-style rows: 5-minute steps with a steady 15-25 mentions, deterministic.</summary>
    private static IEnumerable<string> Rows(int count)
    {
        var start = new DateTime(2015, 2, 26, 21, 42, 53, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{start.AddMinutes(5 * i):yyyy-MM-dd HH:mm:ss},{15 + (i * 7 % 11)}");
        }
    }

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
