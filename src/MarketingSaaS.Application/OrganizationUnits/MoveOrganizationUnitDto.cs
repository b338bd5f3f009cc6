namespace MarketingSaaS.OrganizationUnits;

public sealed class MoveOrganizationUnitDto
{
    /// <summary>Null moves the unit to the top of the tree.</summary>
    public Guid? NewParentId { get; set; }
}
