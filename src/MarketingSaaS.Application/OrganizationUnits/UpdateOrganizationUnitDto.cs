using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.OrganizationUnits;

public sealed class UpdateOrganizationUnitDto
{
    [Required, StringLength(OrganizationUnitConsts.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = "";

    public OrganizationUnitKind Kind { get; set; }

    public Guid? HeadPositionId { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}
