namespace Alerts.Functions.Api.Http;

/// <summary>The API's problem+json answers (RFC 9457), each saying what to fix.</summary>
public static class ApiProblems
{
    public static IResult Status(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    public static IResult NotFound(string what, string id) =>
        Status(StatusCodes.Status404NotFound, $"No such {what}", $"There is no {what} '{id}'.");

    public static IResult BadId(string what, string id) =>
        Validation($"The {what} id is not valid", new Dictionary<string, string[]> { ["id"] = [Domain.Configuration.Identifiers.Describe(Shorten(id))] });

    public static IResult Validation(string title, IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))), title: title);

    /// <summary>Turns the validator's "key: message" lines into problem errors keyed by field.</summary>
    public static IResult Validation(string title, IEnumerable<string> lines) =>
        Validation(title, lines
            .Select(l => l.IndexOf(": ", StringComparison.Ordinal) is var i and > 0 ? (Field: l[..i].TrimStart('.'), Message: l[(i + 2)..]) : (Field: "body", Message: l))
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));

    public static IResult StaleETag(string what, string id) =>
        Status(StatusCodes.Status412PreconditionFailed, $"The {what} was changed by someone else",
            $"{what} '{id}' changed since you read it (its ETag no longer matches If-Match). Read it again, re-apply your change and send the new ETag.");

    public static IResult NeedsIfMatch(string what, string id) =>
        Status(StatusCodes.Status428PreconditionRequired, "If-Match is required to replace",
            $"{what} '{id}' exists: send the ETag you read in If-Match (or 'If-Match: *' to overwrite whatever is there), so no one's change is lost.");

    /// <summary>Ids echoed in messages are cut short: a 100,000-character id must not come back whole.</summary>
    public static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "…";
}
