using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.OrganizationUnits;

public sealed class CreateOrganizationUnitDto
{
    [Required, StringLength(OrganizationUnitConsts.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = "";

    public Guid? ParentId { get; set; }

    public OrganizationUnitKind Kind { get; set; }
}
