using Alerts.Functions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddAlerts();
var app = builder.Build();
app.MapAlerts();
app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
