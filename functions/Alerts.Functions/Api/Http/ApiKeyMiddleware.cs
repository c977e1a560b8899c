using System.Security.Cryptography;
using System.Text;
using Alerts.Standalone.Hosting;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Api.Http;

/// <summary>
/// The key check the Functions host does for authLevel <c>function</c>, done by the app itself: the key comes in the
/// <c>x-functions-key</c> header or the <c>code</c> query parameter; the read key allows GET, the admin key everything.
/// Under the host with no keys configured, the host's own check is the only one (it ran before the request got here).
/// Middleware rather than an endpoint filter so that unknown routes and the OpenAPI document are covered too.
/// </summary>
public sealed class ApiKeyMiddleware(IOptions<ApiOptions> options, IConfiguration configuration) : IMiddleware
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";

    private readonly bool _hostChecks = StandaloneServiceCollectionExtensions.IsUnderFunctionsHost(configuration)
        && string.IsNullOrEmpty(options.Value.AdminKey) && string.IsNullOrEmpty(options.Value.ReadKey);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var problem = _hostChecks ? null : Check(context.Request);
        if (problem is null) await next(context);
        else await problem.ExecuteAsync(context);
    }

    private IResult? Check(HttpRequest request)
    {
        var key = request.Headers[HeaderName].ToString();
        if (key.Length == 0) key = request.Query[QueryName].ToString();
        if (key.Length == 0)
        {
            return ApiProblems.Status(StatusCodes.Status401Unauthorized, "A key is required",
                $"Send the API key in the '{HeaderName}' header (or the '{QueryName}' query parameter).");
        }

        if (Matches(key, options.Value.AdminKey)) return null;
        if (Matches(key, options.Value.ReadKey))
        {
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return null;
            return ApiProblems.Status(StatusCodes.Status403Forbidden, "The read-only key cannot change anything",
                $"{request.Method} needs the admin key ({ApiOptions.Section}:AdminKey).");
        }

        return ApiProblems.Status(StatusCodes.Status403Forbidden, "The key is not valid",
            "The key matches neither the read key nor the admin key of this app.");
    }

    private static bool Matches(string given, string? expected) =>
        expected is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
