namespace MarketingSaaS.Positions;

public sealed class GetPositionListInput
{
    public Guid? OrganizationUnitId { get; set; }

    public Guid? HolderUserId { get; set; }
}
