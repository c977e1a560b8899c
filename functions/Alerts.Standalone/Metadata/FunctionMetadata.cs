namespace Alerts.Standalone.Metadata;

/// <summary>A function folder: its name (the folder name) and its bindings.</summary>
public sealed record FunctionMetadata(string Name, BindingMetadata Trigger, IReadOnlyList<BindingMetadata> Outputs)
{
    public bool IsTimer => Trigger.Type.Equals("timerTrigger", StringComparison.OrdinalIgnoreCase);

    public bool IsQueue => Trigger.Type.Equals("queueTrigger", StringComparison.OrdinalIgnoreCase);

    public bool IsHttp => Trigger.Type.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase);
}
