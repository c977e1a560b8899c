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

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var command = Commands
            .Where(c => c.Verb.Count <= args.Length && c.Verb.SequenceEqual(args.Take(c.Verb.Count), StringComparer.Ordinal))
            .MaxBy(c => c.Verb.Count);
        if (command is null)
        {
            await stderr.WriteLineAsync(args.Length == 0 ? "usage: alerts <command> [options]" : $"unknown command: {string.Join(' ', args)}");
            foreach (var c in Commands)
            {
                await stderr.WriteLineAsync($"  alerts {string.Join(' ', c.Verb),-18} {c.Summary}");
            }

            return 2;
        }

        try
        {
            return await command.RunAsync(new CliArguments(args.Skip(command.Verb.Count)), stdout, stderr, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"alerts {string.Join(' ', command.Verb)}: {ex.Message}");
            return 2;
        }
    }

    internal static string Version => typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
}
