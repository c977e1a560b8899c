using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Alerts.Dashboard.Tests.Infrastructure;
using Alerts.Functions.Dashboard;
using Alerts.Testing;

namespace Alerts.Dashboard.Tests;

/// <summary>GET /api/dashboard/…: the static files, their headers, and nothing else.</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class DashboardFilesTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("api/dashboard/", "text/html; charset=utf-8")]
    [InlineData("api/dashboard/index.html", "text/html; charset=utf-8")]
    [InlineData("api/dashboard/dashboard.js", "text/javascript; charset=utf-8")]
    [InlineData("api/dashboard/dashboard.css", "text/css; charset=utf-8")]
    [InlineData("api/dashboard/vendor/chart.umd.min.js", "text/javascript; charset=utf-8")]
    public async Task Files_are_served_without_a_key_with_their_content_type_and_the_security_headers(string path, string contentType)
    {
        // Arrange
        await using var app = await DashboardApp.StartAsync(azurite);

        // Act
        using var response = await app.Client.GetAsync(path, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(DashboardEndpoints.ContentSecurityPolicy, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(", ", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 0);
    }

    [Fact]
    public async Task The_chart_library_is_the_pinned_Chart_js_bundled_at_build_time()
    {
        // Arrange
        await using var app = await DashboardApp.StartAsync(azurite);
        var pinned = Regex.Match(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "package.json"), TestContext.Current.CancellationToken), "\"chart\\.js\":\\s*\"([^\"]+)\"").Groups[1].Value;

        // Act
        var script = await app.Client.GetStringAsync("api/dashboard/vendor/chart.umd.min.js", TestContext.Current.CancellationToken);

        // Assert
        Assert.NotEmpty(pinned);
        Assert.Contains($"Chart.js v{pinned}", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_loads_scripts_and_styles_only_from_the_dashboard_and_has_no_inline_script()
    {
        // Arrange
        await using var app = await DashboardApp.StartAsync(azurite);

        // Act
        var html = await app.Client.GetStringAsync("api/dashboard/", TestContext.Current.CancellationToken);

        // Assert
        var sources = ScriptOrStyleSource().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Equal(3, sources.Count);
        Assert.All(sources, url => Assert.StartsWith("/api/dashboard/", url, StringComparison.Ordinal));
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
    }

    [Theory]
    [InlineData("/api/dashboard/nope.js")]
    [InlineData("/api/dashboard/function.json")]
    [InlineData("/api/dashboard/../host.json")]
    [InlineData("/api/dashboard/..%2Fhost.json")]
    [InlineData("/api/dashboard/%2e%2e/%2e%2e/host.json")]
    [InlineData("/api/dashboard/vendor/..%2F..%2Ffunction.json")]
    [InlineData("/api/dashboard/%2Fetc%2Fpasswd")]
    [InlineData("/api/dashboard//etc/passwd")]
    [InlineData("/api/dashboard/INDEX.HTML")]
    public async Task Unknown_files_and_path_traversal_get_404_and_never_a_file_outside_the_dashboard(string rawPath)
    {
        // Arrange
        await using var app = await DashboardApp.StartAsync(azurite);

        // Act: a raw request line, because HttpClient would normalise the dots and slashes before sending
        var (status, body) = await RawGetAsync(app.BaseAddress, rawPath);

        // Assert: 404; Kestrel removes dot segments itself, so some paths land on other routes first: the key check of
        // /api/* (401) or the host's POST /{function} (405). Never a file.
        Assert.True(status is 404 or 401 or 405, $"{rawPath}: HTTP {status}");
        Assert.DoesNotContain("customHandler", body, StringComparison.Ordinal);
        Assert.DoesNotContain("httpTrigger", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_path_without_its_slash_redirects_to_the_folder_keeping_the_query()
    {
        // Arrange
        await using var app = await DashboardApp.StartAsync(azurite);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        // Act
        using var response = await client.GetAsync("api/dashboard?x=1", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api/dashboard/?x=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_revalidation_with_the_current_etag_gets_304_without_a_body()
    {
        // Arrange
        await using var app = await DashboardApp.StartAsync(azurite);
        using var first = await app.Client.GetAsync("api/dashboard/dashboard.js", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/dashboard/dashboard.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        // Act
        using var second = await app.Client.SendAsync(request, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(int Status, string Body)> RawGetAsync(Uri baseAddress, string rawPath)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(baseAddress.Host, baseAddress.Port, TestContext.Current.CancellationToken);
        await using var stream = tcp.GetStream();
        var request = $"GET {rawPath} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    [GeneratedRegex("<(?:script[^>]*\\ssrc|link\\s+rel=\"stylesheet\"[^>]*\\shref)=\"(?<url>[^\"]+)\"")]
    private static partial Regex ScriptOrStyleSource();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>|<script[^>]*>[^<]+</script>")]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[^>]*\\son[a-z]+=")]
    private static partial Regex EventHandlerAttribute();
}
