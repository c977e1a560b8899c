using System.Globalization;
using System.Text;

namespace Alerts.Cli.Remote;

/// <summary>
/// A problem answer as a person reads it: the status and title, then each field error on its own line (or the
/// detail when there are none), then what to do for the statuses that have one obvious remedy.
/// </summary>
public static class ProblemText
{
    public static string Format(string command, ApiProblemException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{command}: {problem.Title} (HTTP {problem.Status})\n");
        if (problem.Errors.Count > 0)
        {
            foreach (var (field, messages) in problem.Errors)
            {
                foreach (var message in messages) text.Append(CultureInfo.InvariantCulture, $"  {field}: {message}\n");
            }
        }
        else if (!string.IsNullOrWhiteSpace(problem.Detail))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {problem.Detail}\n");
        }

        if (Hint(problem.Status) is { } hint) text.Append(CultureInfo.InvariantCulture, $"  hint: {hint}\n");
        return text.ToString();
    }

    private static string? Hint(int status) => status switch
    {
        401 => $"pass the app's key: export {ServerOptions.KeyVariable}=<key> (or --key)",
        403 => $"changes need the admin key (Alerts:Api:AdminKey); check {ServerOptions.KeyVariable}",
        412 => "someone else changed it since it was read; nothing was saved. Re-run the command to apply your change on top of theirs.",
        422 => "for a feed the app could not fetch (e.g. disabling a broken one), --no-probe saves without the test fetch",
        _ => null,
    };
}
