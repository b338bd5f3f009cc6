using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Positions;

public class CreatePositionDto
{
    [Required, StringLength(PositionConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [StringLength(PositionConsts.MaxDutiesLength)]
    public string? Duties { get; set; }

    [MaxLength(PositionConsts.MaxUnits)]
    public List<Guid> OrganizationUnitIds { get; set; } = [];

    [MaxLength(PositionConsts.MaxHolders)]
    public List<Guid> HolderUserIds { get; set; } = [];

    [MaxLength(100)]
    public List<Guid> CollaboratorPositionIds { get; set; } = [];
}
