using Alerts.Functions.Api.Http;
using Microsoft.OpenApi;

namespace Alerts.Functions.Api;

/// <summary>
/// The operator API under <c>/api</c>: every route here needs a key (<see cref="ApiKeyMiddleware"/>), except the card's
/// signed ack links and the dashboard's static files. Each route has a function folder with the same route for the host.
/// </summary>
public static class ApiEndpoints
{
    public const string OpenApiPath = "/api/openapi.json";
    private const string KeyScheme = "functionKey";

    public static IServiceCollection AddAlertsApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        services.AddSingleton<ApiKeyMiddleware>();
        services.AddSingleton<JsonBody>();
        services.AddExceptionHandler<StorageUnavailableHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Alerts API";
            doc.Info.Description = "Topics, feeds, channels, alerts, manual scans and health. Send the key in x-functions-key (or ?code=): "
                + "the read key for GET, the admin key for everything. Errors are application/problem+json.";
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes[KeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyMiddleware.HeaderName,
                Description = "Function key: Alerts:Api:ReadKey (GET) or Alerts:Api:AdminKey (all).",
            };
            doc.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(KeyScheme, doc)] = [] }];
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapAlertsApi(this WebApplication app)
    {
        app.UseWhen(RequiresKey, branch => branch.UseMiddleware<ApiKeyMiddleware>());
        var api = app.MapGroup("/api");
        api.MapStatus();
        api.MapConfigResource(ConfigResources.Topics);
        api.MapConfigResource(ConfigResources.Feeds);
        api.MapConfigResource(ConfigResources.Channels);
        api.MapAlertEndpoints();
        api.MapHealthEndpoints();
        api.MapScanEndpoints();
        app.MapOpenApi(OpenApiPath);
        return app;
    }

    private static bool RequiresKey(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !http.Request.Path.StartsWithSegments("/api/ack", StringComparison.OrdinalIgnoreCase)
        && !http.Request.Path.StartsWithSegments("/api/dashboard", StringComparison.OrdinalIgnoreCase);
}
