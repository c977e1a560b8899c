using Microsoft.Net.Http.Headers;

namespace Alerts.Functions.Dashboard;

/// <summary>
/// <c>GET /api/dashboard/{path}</c>: the on-call dashboard's static files (index.html, CSS, JS, the bundled chart
/// library) from <c>Dashboard/wwwroot</c> in the app's output folder. Anonymous, because the files hold no data: the
/// page's API calls carry the key (docs/dashboard.md). Every answer forbids inline script and framing (CSP) and
/// sniffing; files revalidate with their ETag, so a deployment shows at the next load.
/// </summary>
public static class DashboardEndpoints
{
    public const string BasePath = "/api/dashboard";

    /// <summary>
    /// Scripts and styles only from the page's own origin (no inline script, no eval), data only from the API,
    /// images from the origin or data: URLs (the canvas charts need none), no plugins, forms, framing or base changes.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Where the build copies the files (Alerts.Functions.csproj); the same under the host, standalone and in tests.</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "Dashboard", "wwwroot");

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app, string? root = null)
    {
        // Read on first request, not at start-up: the host's readiness probe wants a fast start (platform-facts A1).
        var files = new Lazy<DashboardFiles>(() => DashboardFiles.Load(root ?? DefaultRoot));
        app.MapGet(BasePath + "/{**path}", (HttpContext http, string? path) => Serve(http, files.Value, path ?? string.Empty));
        return app;
    }

    private static IResult Serve(HttpContext http, DashboardFiles files, string path)
    {
        var headers = http.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";

        // /api/dashboard without the slash: relative asset URLs would resolve against /api/. The browser keeps the
        // #key= fragment across the redirect.
        if (path.Length == 0 && !(http.Request.Path.Value ?? string.Empty).EndsWith('/'))
        {
            return Results.Redirect(BasePath + "/" + http.Request.QueryString);
        }

        var file = files.Find(path.Length == 0 ? "index.html" : path);
        if (file is null)
        {
            headers[HeaderNames.CacheControl] = "no-store";
            return Results.NotFound();
        }

        headers[HeaderNames.CacheControl] = "no-cache";
        headers[HeaderNames.ETag] = file.ETag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Contains(file.ETag, StringComparison.Ordinal)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(file.Content, file.ContentType);
    }
}
