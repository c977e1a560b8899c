using Alerts.Domain.Configuration;
using Alerts.Functions.Api.Http;
using Alerts.Functions.Scanning;
using Alerts.Storage.Configuration;
using Microsoft.Net.Http.Headers;

namespace Alerts.Functions.Api;

/// <summary>
/// Create, read, replace and delete for one kind of configuration: <c>GET {path}</c>, <c>GET/PUT/DELETE {path}/{id}</c>,
/// <c>POST {path}</c>. Replacing needs If-Match (428 without, 412 when stale) so concurrent edits never lose an update.
/// </summary>
public static class ConfigEndpoints
{
    public static RouteGroupBuilder MapConfigResource<TBody, TConfig, TView>(this RouteGroupBuilder api, ConfigResource<TBody, TConfig, TView> r)
        where TBody : class
    {
        api.MapGet(r.Path, async (HttpContext http, ConfigStore store, CancellationToken ct) =>
        {
            var items = await store.Apply(r.List, ct);
            return Results.Json(new Contracts.ItemList<TView>(await r.ToViews(http, items, ct)), r.ListType);
        }).WithTags(r.Path.TrimStart('/')).Produces<Contracts.ItemList<TView>>();

        api.MapGet($"{r.Path}/{{id}}", async (string id, HttpContext http, ConfigStore store, CancellationToken ct) =>
        {
            if (!Identifiers.IsValid(id)) return ApiProblems.BadId(r.Name, id);
            var item = await r.Get(store, id, ct);
            if (item is null) return ApiProblems.NotFound(r.Name, id);
            return WithETag(http, item.ETag, Results.Json((await r.ToViews(http, [item], ct))[0], r.ViewType));
        }).WithTags(r.Path.TrimStart('/')).Produces<TView>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost(r.Path, async (HttpContext http, ConfigStore store, JsonBody body, TopicCatalog catalog, CancellationToken ct) =>
        {
            var (value, problem) = await body.ReadAsync(http.Request, r.BodyType, ct);
            if (problem is not null) return problem;
            var id = r.IdOf(value!);
            if (id is null) return ApiProblems.Validation($"The {r.Name} needs an id", new Dictionary<string, string[]> { ["id"] = ["required: " + Identifiers.Describe("")] });
            return await WriteAsync(r, http, store, catalog, id, r.ToConfig(value!, id), ifMatch: null, createOnly: true, ct);
        }).WithTags(r.Path.TrimStart('/')).Accepts<TBody>("application/json").Produces<TView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPut($"{r.Path}/{{id}}", async (string id, HttpContext http, ConfigStore store, JsonBody body, TopicCatalog catalog, CancellationToken ct) =>
        {
            if (!Identifiers.IsValid(id)) return ApiProblems.BadId(r.Name, id);
            var (value, problem) = await body.ReadAsync(http.Request, r.BodyType, ct);
            if (problem is not null) return problem;
            if (r.IdOf(value!) is { } bodyId && !string.Equals(bodyId, id, StringComparison.Ordinal))
            {
                return ApiProblems.Validation("The id in the body differs from the URL", new Dictionary<string, string[]>
                {
                    ["id"] = [$"'{ApiProblems.Shorten(bodyId)}' in the body, '{id}' in the URL; ids cannot be renamed (create a new one and delete the old)"],
                });
            }

            var ifMatch = http.Request.Headers.IfMatch.ToString();
            return await WriteAsync(r, http, store, catalog, id, r.ToConfig(value!, id), ifMatch.Length == 0 ? null : ifMatch, createOnly: false, ct);
        }).WithTags(r.Path.TrimStart('/')).Accepts<TBody>("application/json").Produces<TView>().Produces<TView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        api.MapDelete($"{r.Path}/{{id}}", async (string id, HttpContext http, ConfigStore store, TopicCatalog catalog, CancellationToken ct) =>
        {
            if (!Identifiers.IsValid(id)) return ApiProblems.BadId(r.Name, id);
            if (r.DeleteBlockers is not null && await r.DeleteBlockers(http, id, ct) is { Count: > 0 } blockers)
            {
                return ApiProblems.Status(StatusCodes.Status409Conflict, $"The {r.Name} is still in use", string.Join(" ", blockers));
            }

            var ifMatch = http.Request.Headers.IfMatch.ToString();
            var result = await r.Delete(store, id, ifMatch is "" or "*" ? null : ifMatch, ct);
            catalog.Invalidate();
            return result switch
            {
                ConfigWriteResult.Written => Results.NoContent(),
                ConfigWriteResult.Conflict => ApiProblems.StaleETag(r.Name, id),
                _ => ApiProblems.NotFound(r.Name, id),
            };
        }).WithTags(r.Path.TrimStart('/')).Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);

        return api;
    }

    private static async Task<IResult> WriteAsync<TBody, TConfig, TView>(ConfigResource<TBody, TConfig, TView> r, HttpContext http, ConfigStore store,
        TopicCatalog catalog, string id, TConfig config, string? ifMatch, bool createOnly, CancellationToken ct)
        where TBody : class
    {
        if (!Identifiers.IsValid(id)) return ApiProblems.BadId(r.Name, id);
        var check = await r.Validate(http, config, ct);
        if (check.Errors.Count > 0) return ApiProblems.Validation($"The {r.Name} is not valid", check.Errors);
        if (check.Unprocessable is { } reason) return ApiProblems.Status(StatusCodes.Status422UnprocessableEntity, $"The {r.Name} cannot be used as it is", reason);

        var existing = createOnly ? null : await r.Get(store, id, ct);
        if (existing is not null && ifMatch is null) return ApiProblems.NeedsIfMatch(r.Name, id);
        // If-Match on a missing item (even "*") fails, as RFC 9110 says: it was deleted since it was read.
        if (!createOnly && existing is null && ifMatch is not null) return ApiProblems.StaleETag(r.Name, id);
        var create = createOnly || existing is null;
        var (result, etag) = await r.Write(store, config, ifMatch is "*" ? null : ifMatch, create, ct);
        catalog.Invalidate();
        return result switch
        {
            ConfigWriteResult.Written => WithETag(http, etag!, create
                ? Results.Created($"/api{r.Path}/{id}", (await r.ToViews(http, [new Versioned<TConfig>(config, etag!)], ct))[0])
                : Results.Json((await r.ToViews(http, [new Versioned<TConfig>(config, etag!)], ct))[0], r.ViewType)),
            ConfigWriteResult.AlreadyExists => ApiProblems.Status(StatusCodes.Status409Conflict, $"The {r.Name} exists already",
                $"{r.Name} '{id}' exists; PUT /api{r.Path}/{id} with If-Match replaces it."),
            ConfigWriteResult.Conflict => ApiProblems.StaleETag(r.Name, id),
            _ => ApiProblems.StaleETag(r.Name, id), // deleted between our read and our write
        };
    }

    private static IResult WithETag(HttpContext http, string etag, IResult result)
    {
        http.Response.Headers[HeaderNames.ETag] = etag;
        return result;
    }

    private static Task<IReadOnlyList<Versioned<T>>> Apply<T>(this ConfigStore store, Func<ConfigStore, CancellationToken, Task<IReadOnlyList<Versioned<T>>>> list, CancellationToken ct) =>
        list(store, ct);
}
