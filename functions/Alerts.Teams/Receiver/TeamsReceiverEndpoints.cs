using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Teams;

/// <summary>
/// A stand-in for a Teams Workflows webhook, for local development (issue 5, part 5). It answers like the real
/// trigger as far as we know it: 202 on success, 400 on a body that is not JSON or not the envelope, 413 above
/// about 28 KB (platform-facts C2). Map it only in Development.
/// </summary>
public static partial class TeamsReceiverEndpoints
{
    /// <summary>The size at which the real endpoint answers "Request Entity too large" (about 28 KB, platform-facts C2).</summary>
    public const int MaxBodyBytes = 28 * 1024;

    public static IServiceCollection AddTeamsReceiver(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TeamsReceiverStore>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsReceiver(this IEndpointRouteBuilder app, string prefix = "/dev/teams")
    {
        ArgumentNullException.ThrowIfNull(app);
        prefix = "/" + prefix.Trim('/');
        app.MapPost(prefix + "/{channel}", (string channel, HttpRequest request, TeamsReceiverStore store) => ReceiveAsync(channel, request, store));
        app.MapGet(prefix + "/{channel}/messages", (string channel, TeamsReceiverStore store) =>
            ChannelName().IsMatch(channel)
                ? Results.Text(ToJson(store.Messages(channel)), "application/json; charset=utf-8")
                : Results.NotFound());
        app.MapGet(prefix, (TeamsReceiverStore store) =>
            Results.Content(TeamsReceiverPage.Render(store.Messages(), prefix), "text/html; charset=utf-8"));
        return app;
    }

    private static async Task<IResult> ReceiveAsync(string channel, HttpRequest request, TeamsReceiverStore store)
    {
        if (!ChannelName().IsMatch(channel))
        {
            return Results.NotFound();
        }

        var body = await ReadLimitedAsync(request.Body, MaxBodyBytes + 1, request.HttpContext.RequestAborted);
        if (body.Length > MaxBodyBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request Entity too large",
                detail: $"The message is larger than {MaxBodyBytes} bytes, the limit Teams enforces.");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: "The body is not JSON: " + ex.Message);
        }

        if (!WorkflowsMessageShape.IsValid(root, out var error))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request", detail: error);
        }

        store.Add(channel, (JsonObject)root!);
        return Results.Accepted();
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while (buffer.Length < limit && (read = await body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string ToJson(IReadOnlyList<ReceivedTeamsMessage> messages) =>
        new JsonArray(messages.Select(m => (JsonNode)new JsonObject
        {
            ["sequence"] = m.Sequence,
            ["channel"] = m.Channel,
            ["receivedAt"] = m.ReceivedAt,
            ["payload"] = m.Payload.DeepClone(),
        }).ToArray()).ToJsonString();

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelName();
}
