using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Framework.Tests.Validation;

/// <summary>A service whose annotation would fail if the filter mistook it for an input.</summary>
public sealed class AnnotatedService
{
    [Required]
    public string? Missing { get; set; }
}
