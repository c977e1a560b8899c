using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.Config;

/// <summary>A verb on topics or feeds; the concrete verbs only name their kind and words.</summary>
public abstract class ConfigCommand : RemoteCommand
{
    protected abstract ConfigKind Kind { get; }
}
