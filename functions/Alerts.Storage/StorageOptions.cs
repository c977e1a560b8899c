using System.ComponentModel.DataAnnotations;

namespace Alerts.Storage;

/// <summary>Section <c>Alerts:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Alerts:Storage";

    /// <summary>The connection name for app data (tables and queues): <c>AlertsStorage</c>, as in the function.json bindings.</summary>
    [Required]
    public string Connection { get; set; } = "AlertsStorage";

    /// <summary>Prepended to table names; letters and digits only (tests use it to isolate tables).</summary>
    [RegularExpression("^[A-Za-z0-9]{0,20}$", ErrorMessage = "Alerts:Storage:TablePrefix may hold up to 20 letters or digits.")]
    public string TablePrefix { get; set; } = string.Empty;
}
