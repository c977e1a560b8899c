namespace Alerts.Standalone.Protocol;

/// <summary>The timer trigger's TimerInfo: <see cref="Status"/> is null when schedule monitoring is off.</summary>
public sealed record TimerInvocation(bool IsPastDue, ScheduleStatus? Status);

/// <summary>The monitored schedule status the host keeps in a blob per timer (platform-facts B2).</summary>
public sealed record ScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
