using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.OrganizationUnits;

public sealed class ImportOrgChartDto
{
    /// <summary>"standard" or "small" (see DefaultOrgChartTemplates).</summary>
    [Required, StringLength(32)]
    public string Template { get; set; } = "";
}
