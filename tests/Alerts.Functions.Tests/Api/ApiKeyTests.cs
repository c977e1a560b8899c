using System.Net;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Testing;
using static Alerts.Functions.Tests.Api.ApiTestData;

namespace Alerts.Functions.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class ApiKeyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_request_without_a_key_gets_401_with_a_problem_that_names_the_header()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        using var anonymous = app.CreateClient(key: null);

        var response = await anonymous.GetAsync("api/topics", Ct);

        var problem = await AssertProblemAsync(response, 401);
        Assert.Contains("x-functions-key", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_gets_403_even_on_routes_that_do_not_exist()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        using var wrong = app.CreateClient("not-the-key-at-all-000");

        await AssertProblemAsync(await wrong.GetAsync("api/topics", Ct), 403);
        await AssertProblemAsync(await wrong.GetAsync("api/no-such-route", Ct), 403);
    }

    [Fact]
    public async Task The_read_key_reads_but_cannot_write()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        await SeedChannelAsync(app);
        using var reader = app.CreateClient(TestApp.ReadKey);

        var read = await reader.GetAsync("api/topics", Ct);
        var write = await reader.PostAsync("api/topics", Json(Topic("contoso")), Ct);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var problem = await AssertProblemAsync(write, 403);
        Assert.Contains("admin key", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_may_come_in_the_code_query_parameter()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        using var anonymous = app.CreateClient(key: null);

        var response = await anonymous.GetAsync($"api/topics?code={TestApp.ReadKey}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_signed_ack_links_stay_anonymous()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        using var anonymous = app.CreateClient(key: null);

        var response = await anonymous.GetAsync("api/ack?alert=a1&token=forged", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode); // the token check answers, not the key check
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_read_key_without_an_admin_key_refuses_to_start_even_under_the_host()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await TestApp.StartAsync(azurite, new Dictionary<string, string?>
            {
                ["Alerts:Api:AdminKey"] = "", ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "0",
            }, triggers: false);
        });

        Assert.Contains("Alerts:Api:AdminKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standalone_without_an_admin_key_refuses_to_start_and_names_the_setting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await TestApp.StartAsync(azurite, new Dictionary<string, string?> { ["Alerts:Api:AdminKey"] = "", ["Alerts:Api:ReadKey"] = "" }, triggers: false);
        });

        Assert.Contains("Alerts:Api:AdminKey", error.Message, StringComparison.Ordinal);
    }
}
