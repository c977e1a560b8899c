using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Functions.Protocol;

/// <summary>The custom-handler doors: <c>GET /</c> for the host's readiness probe and <c>POST /{FunctionName}</c> per invocation.</summary>
public static class InvocationEndpoints
{
    public static IEndpointRouteBuilder MapInvocationEndpoints(this IEndpointRouteBuilder app)
    {
        // The host probes GET / every 25 ms until any response (platform-facts A1): answer at once, touch nothing.
        app.MapGet("/", () => Results.Text("Alerts custom handler is running.", "text/plain"));

        app.MapPost("/{functionName:regex(^[A-Za-z][A-Za-z0-9_]*$)}", async (string functionName, HttpRequest http, FunctionDispatcher dispatcher, CancellationToken ct) =>
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(http.Body, cancellationToken: ct);
            }
            catch (JsonException ex)
            {
                return Failed($"the invocation body is not JSON: {ex.Message}", StatusCodes.Status400BadRequest);
            }

            if (body is not JsonObject request)
            {
                return Failed("the invocation body must be a JSON object", StatusCodes.Status400BadRequest);
            }

            var outcome = await dispatcher.InvokeAsync(functionName, request, ct);
            return outcome.Succeeded
                ? Results.Json(outcome.Response, contentType: "application/json")
                : Failed(outcome.Error ?? "failed", outcome.Error?.StartsWith("no function named", StringComparison.Ordinal) == true ? 404 : 500);
        });
        return app;
    }

    // Any non-2xx fails the invocation and discards outputs; the Logs line tells the host's log why.
    private static IResult Failed(string error, int status) =>
        Results.Json(new JsonObject { ["Logs"] = new JsonArray(error), ["Outputs"] = new JsonObject() }, statusCode: status, contentType: "application/json");
}
