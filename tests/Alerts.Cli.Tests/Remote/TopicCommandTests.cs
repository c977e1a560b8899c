using System.Text.Json.Nodes;

namespace Alerts.Cli.Tests.Remote;

public sealed class TopicCommandTests : IAsyncLifetime
{
    private FakeAlertsApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeAlertsApi.StartAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task Topics_add_posts_the_options_as_json_with_the_key_and_prints_the_created_topic()
    {
        // Act
        var (exit, stdout, stderr) = await CliRun.RunAsync(_api.Args("topics", "add", "--id", "brand", "--name", "Marke", "--query", "contoso AND (hotline OR refund)",
            "--channel", "marketing-de", "--languages", "de,en", "--sensitivity", "high"));

        // Assert
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var request = Assert.Single(_api.Requests);
        Assert.Equal(("POST", "/api/topics"), (request.Method, request.PathAndQuery));
        Assert.Equal(FakeAlertsApi.Key, request.Headers["x-functions-key"]);
        var sent = JsonNode.Parse(request.Body)!;
        Assert.Equal("contoso AND (hotline OR refund)", sent["query"]!.GetValue<string>());
        Assert.Equal(["de", "en"], sent["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("marketing-de", _api.Get("topics", "brand")!["channelId"]!.GetValue<string>());
        Assert.Contains("added topic:", stdout, StringComparison.Ordinal);
        Assert.Matches(@"sensitivity:\s+high", stdout);
    }

    [Fact]
    public async Task Topics_list_prints_an_aligned_table_and_with_json_the_apis_body_unchanged()
    {
        // Arrange
        _api.Put("topics", Topic("brand", "contoso"));
        _api.Put("topics", Topic("a-long-topic-id", "fabrikam OR \"northwind traders\""));

        // Act
        var (exit, table, _) = await CliRun.RunAsync(_api.Args("topics", "list"));
        var (jsonExit, json, _) = await CliRun.RunAsync(_api.Args("topics", "list", "--json"));

        // Assert
        Assert.Equal((0, 0), (exit, jsonExit));
        var lines = table.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ID ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("a-long-topic-id  ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("brand            ", lines[2], StringComparison.Ordinal);
        var nameColumn = lines[0].IndexOf("NAME", StringComparison.Ordinal);
        Assert.All(lines[1..], l => Assert.Equal(nameColumn, l.IndexOf("Contoso", StringComparison.Ordinal)));
        Assert.EndsWith("fabrikam OR \"northwind traders\"", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, JsonNode.Parse(json)!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Topics_update_sends_the_etag_it_read_as_if_match_and_keeps_the_fields_it_was_not_told_to_change()
    {
        // Arrange
        var topic = Topic("brand", "contoso");
        topic["languages"] = new JsonArray("de");
        _api.Put("topics", topic);

        // Act
        var (exit, stdout, stderr) = await CliRun.RunAsync(_api.Args("topics", "update", "brand", "--query", "contoso OR fabrikam", "--enabled", "false"));

        // Assert
        Assert.True(exit == 0, stderr);
        var put = _api.Requests.Single(r => r.Method == "PUT");
        Assert.Equal("/api/topics/brand", put.PathAndQuery);
        Assert.Equal(ETagOfVersion(1), put.Headers["If-Match"]);
        var stored = _api.Get("topics", "brand")!;
        Assert.Equal("contoso OR fabrikam", stored["query"]!.GetValue<string>());
        Assert.False(stored["enabled"]!.GetValue<bool>());
        Assert.Equal("de", stored["languages"]![0]!.GetValue<string>());
        Assert.Null(stored["etag"]);
        Assert.Contains("updated topic:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topics_update_when_someone_changed_the_topic_meanwhile_exits_1_says_to_re_run_and_keeps_their_change()
    {
        // Arrange: another operator saves between the CLI's read and its write.
        _api.Put("topics", Topic("brand", "contoso"));
        _api.AfterItemRead = (collection, id) => _api.Edit(collection, id, "name", "Renamed by Anna");

        // Act
        var (exit, _, stderr) = await CliRun.RunAsync(_api.Args("topics", "update", "brand", "--query", "mine"));

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("changed by someone else (HTTP 412)", stderr, StringComparison.Ordinal);
        Assert.Contains("Re-run the command", stderr, StringComparison.Ordinal);
        var stored = _api.Get("topics", "brand")!;
        Assert.Equal("Renamed by Anna", stored["name"]!.GetValue<string>());
        Assert.Equal("contoso", stored["query"]!.GetValue<string>());
    }

    [Fact]
    public async Task Updating_from_a_file_saved_with_show_json_sends_that_reads_etag_so_an_edit_made_since_is_not_overwritten()
    {
        // Arrange
        _api.Put("topics", Topic("brand", "contoso"));
        var (_, saved, _) = await CliRun.RunAsync(_api.Args("topics", "show", "brand", "--json"));
        var file = Path.Combine(Directory.CreateTempSubdirectory("alerts-cli-").FullName, "brand.json");
        var edited = JsonNode.Parse(saved)!.AsObject();
        edited["query"] = "contoso AND refund";
        await File.WriteAllTextAsync(file, edited.ToJsonString(), CliRun.Ct);
        _api.Edit("topics", "brand", "sensitivity", "high");

        // Act
        var (exit, _, stderr) = await CliRun.RunAsync(_api.Args("topics", "update", "brand", "--file", file));

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("HTTP 412", stderr, StringComparison.Ordinal);
        Assert.Equal(ETagOfVersion(1), _api.Requests.Single(r => r.Method == "PUT").Headers["If-Match"]);
        Assert.Equal("contoso", _api.Get("topics", "brand")!["query"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_validation_problem_prints_each_field_error_on_its_own_line_and_exits_1()
    {
        // Act
        var (exit, stdout, stderr) = await CliRun.RunAsync(_api.Args("topics", "add", "--id", "brand", "--sensitivity", "extreme"));

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal("alerts topics add: The topic is not valid (HTTP 400)", lines[0]);
        Assert.Contains("  name: required", lines);
        Assert.Contains("  query: required", lines);
        Assert.Contains("  sensitivity: must be low, medium or high", lines);
        Assert.Null(_api.Get("topics", "brand"));
    }

    [Fact]
    public async Task Adding_an_existing_id_is_refused_and_does_not_overwrite()
    {
        _api.Put("topics", Topic("brand", "contoso"));

        var (exit, _, stderr) = await CliRun.RunAsync(_api.Args("topics", "add", "--id", "brand", "--name", "X", "--query", "x", "--channel", "c"));

        Assert.Equal(1, exit);
        Assert.Contains("exists already (HTTP 409)", stderr, StringComparison.Ordinal);
        Assert.Equal("contoso", _api.Get("topics", "brand")!["query"]!.GetValue<string>());
    }

    [Fact]
    public async Task Show_and_delete_escape_the_id_so_it_stays_one_path_segment()
    {
        var (exit, _, stderr) = await CliRun.RunAsync(_api.Args("topics", "delete", "a/../../b"));

        Assert.Equal(1, exit);
        Assert.Equal("/api/topics/a%2F..%2F..%2Fb", Assert.Single(_api.Requests).PathAndQuery);
        Assert.Contains("No such topic (HTTP 404)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_the_topic_and_says_so()
    {
        _api.Put("topics", Topic("brand", "contoso"));

        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("topics", "delete", "brand"));

        Assert.Equal(0, exit);
        Assert.Equal("deleted topic 'brand'\n", stdout);
        Assert.Null(_api.Get("topics", "brand"));
    }

    [Theory]
    [InlineData("topics", "update", "brand")]
    [InlineData("topics", "add")]
    [InlineData("topics", "show")]
    [InlineData("topics", "list", "--colour", "red")]
    [InlineData("topics", "add", "--id", "x", "--enabled", "maybe")]
    [InlineData("topics", "add", "--file", "/nonexistent/topic.json")]
    public async Task Usage_errors_exit_2_before_anything_is_sent(params string[] args)
    {
        var (exit, _, stderr) = await CliRun.RunAsync(_api.Args(args));

        Assert.Equal(2, exit);
        Assert.StartsWith($"alerts {args[0]} {args[1]}: ", stderr, StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    private static string ETagOfVersion(int version) => $"W/\"datetime'2026-11-23T14%3A00%3A0{version}Z'\"";

    private static JsonObject Topic(string id, string query) =>
        new() { ["id"] = id, ["name"] = "Contoso", ["query"] = query, ["channelId"] = "marketing-de" };
}
