namespace Alerts.Functions.Dashboard;

/// <summary>One static file of the dashboard: its bytes, its Content-Type and a strong ETag of its content.</summary>
public sealed record DashboardFile(byte[] Content, string ContentType, string ETag);
