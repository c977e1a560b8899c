using System.Reflection;

namespace Alerts.Cli;

/// <summary>Finds the verb among the registered commands and runs it.</summary>
public static class CliApp
{
    public static IReadOnlyList<ICliCommand> Commands { get; } = typeof(CliApp).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => string.Join(' ', c.Verb), StringComparer.Ordinal)
        .ToList();

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, stdout, stderr, CliEnvironment.Process, cancellationToken);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (command, verbLength) = Commands
            .SelectMany(c => new[] { c.Verb }.Concat(c.Aliases).Select(v => (Command: c, Verb: v)))
            .Where(m => m.Verb.Count <= args.Length && m.Verb.SequenceEqual(args.Take(m.Verb.Count), StringComparer.Ordinal))
            .Select(m => (m.Command, m.Verb.Count))
            .OrderByDescending(m => m.Count)
            .FirstOrDefault();
        if (command is null)
        {
            var help = args is ["help"] or ["--help"] or ["-h"];
            var output = help ? stdout : stderr;
            await output.WriteLineAsync(help || args.Length == 0 ? "usage: alerts <command> [options]   (docs/cli.md has examples)" : $"unknown command: {string.Join(' ', args)}");
            foreach (var c in Commands)
            {
                await output.WriteLineAsync($"  alerts {string.Join(' ', c.Verb),-16} {c.Summary}");
            }

            await output.WriteLineAsync("server verbs also take: --server URL (else ALERTS_URL, else http://127.0.0.1:7071) --key KEY (else ALERTS_KEY) --json --timeout 100s");
            return help ? 0 : 2;
        }

        var rest = args.Skip(verbLength).ToArray();
        var name = $"alerts {string.Join(' ', command.Verb)}";
        if (rest.Any(a => a is "--help" or "-h"))
        {
            await stdout.WriteLineAsync($"{name}: {command.Summary}");
            return 0;
        }

        try
        {
            return await command.RunAsync(new CliArguments(rest, environment), stdout, stderr, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"{name}: {ex.Message}");
            return 2;
        }
    }

    internal static string Version => typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
}
