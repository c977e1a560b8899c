using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Testing;
using static Alerts.Functions.Tests.Api.ApiTestData;

namespace Alerts.Functions.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class TopicApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Creating_a_topic_answers_201_with_its_location_and_etag_and_it_can_be_read_back()
    {
        await using var app = await StartAsync();

        var created = await app.Client.PostAsync("api/topics", Json(Topic("contoso", "contoso AND (hotline OR refund)")), Ct);
        var read = await app.Client.GetAsync("api/topics/contoso", Ct);
        var list = await ReadJsonAsync(await app.Client.GetAsync("api/topics", Ct));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/topics/contoso", created.Headers.Location?.OriginalString);
        Assert.NotNull(created.Headers.ETag);
        var topic = await ReadJsonAsync(read);
        Assert.Equal("contoso AND (hotline OR refund)", topic["query"]!.GetValue<string>());
        Assert.Equal("medium", topic["sensitivity"]!.GetValue<string>());
        Assert.Equal(created.Headers.ETag!.Tag, read.Headers.ETag!.Tag);
        Assert.Equal(read.Headers.ETag!.ToString(), topic["etag"]!.GetValue<string>());
        Assert.Single(list["items"]!.AsArray());
    }

    [Fact]
    public async Task A_query_syntax_error_is_a_400_that_names_the_field_and_the_position()
    {
        await using var app = await StartAsync();

        var response = await app.Client.PostAsync("api/topics", Json(Topic("contoso", "contoso AND (hotline")), Ct);

        var problem = await AssertProblemAsync(response, 400);
        var message = problem["errors"]!["query"]![0]!.GetValue<string>();
        Assert.Contains("position", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_topic_for_an_unknown_channel_is_refused()
    {
        await using var app = await StartAsync();

        var response = await app.Client.PostAsync("api/topics", Json(Topic("contoso", channel: "nowhere")), Ct);

        var problem = await AssertProblemAsync(response, 400);
        Assert.Contains("nowhere", problem["errors"]!["channelId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"t\",\"name\":\"n\",\"query\":\"q\",\"channelId\":\"marketing-de\",\"sensitivty\":\"high\"}", "sensitivty")]
    [InlineData("{\"id\":\"t\",\"name\":\"n\",\"query\":\"q\",\"channelId\":\"marketing-de\",\"enabled\":\"yes\"}", "enabled")]
    [InlineData("{\"id\":\"t\",\"name\":\"n\",\"channelId\":\"marketing-de\"}", "query")]
    [InlineData("{\"id\":\"t\",\"name\":null,\"query\":\"q\",\"channelId\":\"marketing-de\"}", "name")]
    [InlineData("{\"id\":\"t\",\"name\":\"n\",", "line")]
    public async Task Bodies_with_unknown_fields_wrong_types_missing_or_null_members_or_broken_json_are_400_naming_the_problem(string body, string named)
    {
        await using var app = await StartAsync();

        var response = await app.Client.PostAsync("api/topics", Json(body), Ct);

        var problem = await AssertProblemAsync(response, 400);
        Assert.Contains(named, problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_query_of_100000_characters_is_refused_with_413_and_nothing_is_stored()
    {
        await using var app = await StartAsync();

        var response = await app.Client.PostAsync("api/topics", Json(Topic("huge", new string('a', 100_000))), Ct);

        var problem = await AssertProblemAsync(response, 413);
        Assert.Contains("MaxBodyBytes", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("api/topics/huge", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        await using var app = await StartAsync();

        var response = await app.Client.PostAsync("api/topics", new StringContent("id=contoso"), Ct);

        await AssertProblemAsync(response, 415);
    }

    [Theory]
    [InlineData("api/topics/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("api/topics/Contoso")]
    [InlineData("api/topics/a%27%20or%20%271%27%20eq%20%271")]
    public async Task Ids_that_are_not_ids_are_400_never_500(string path)
    {
        await using var app = await StartAsync();

        var response = await app.Client.GetAsync(path, Ct);

        await AssertProblemAsync(response, 400);
    }

    [Fact]
    public async Task Two_concurrent_edits_of_one_topic_one_wins_and_the_other_gets_412_without_a_lost_update()
    {
        await using var app = await StartAsync();
        var created = await app.Client.PostAsync("api/topics", Json(Topic("contoso")), Ct);
        var etag = created.Headers.ETag!;

        var first = await PutAsync(app, "contoso", Topic("contoso", "contoso AND hotline"), etag);
        var second = await PutAsync(app, "contoso", Topic("contoso", "contoso AND refund"), etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await AssertProblemAsync(second, 412);
        Assert.Contains("changed", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var stored = await ReadJsonAsync(await app.Client.GetAsync("api/topics/contoso", Ct));
        Assert.Equal("contoso AND hotline", stored["query"]!.GetValue<string>());
    }

    [Fact]
    public async Task Replacing_an_existing_topic_without_if_match_is_428_and_changes_nothing()
    {
        await using var app = await StartAsync();
        await app.Client.PostAsync("api/topics", Json(Topic("contoso")), Ct);

        var response = await PutAsync(app, "contoso", Topic("contoso", "other"), etag: null);

        await AssertProblemAsync(response, 428);
        var stored = await ReadJsonAsync(await app.Client.GetAsync("api/topics/contoso", Ct));
        Assert.Equal("contoso", stored["query"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_creates_a_missing_topic_and_post_refuses_an_existing_id()
    {
        await using var app = await StartAsync();

        var put = await PutAsync(app, "contoso", Topic("contoso"), etag: null);
        var post = await app.Client.PostAsync("api/topics", Json(Topic("contoso")), Ct);

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        await AssertProblemAsync(post, 409);
    }

    [Fact]
    public async Task Replacing_a_topic_that_was_deleted_meanwhile_is_412_even_with_if_match_star()
    {
        await using var app = await StartAsync();

        var response = await PutAsync(app, "gone", Topic("gone"), EntityTagHeaderValue.Any);

        await AssertProblemAsync(response, 412);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("api/topics/gone", Ct)).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_topic_answers_204_and_then_it_is_gone()
    {
        await using var app = await StartAsync();
        await app.Client.PostAsync("api/topics", Json(Topic("contoso")), Ct);

        var deleted = await app.Client.DeleteAsync("api/topics/contoso", Ct);
        var again = await app.Client.GetAsync("api/topics/contoso", Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertProblemAsync(again, 404);
    }

    private static Task<HttpResponseMessage> PutAsync(TestApp app, string id, JsonObject body, EntityTagHeaderValue? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/topics/{id}") { Content = Json(body) };
        if (etag is not null) request.Headers.IfMatch.Add(etag);
        return app.Client.SendAsync(request, Ct);
    }

    private async Task<TestApp> StartAsync()
    {
        var app = await TestApp.StartAsync(azurite, triggers: false);
        await SeedChannelAsync(app);
        return app;
    }
}
