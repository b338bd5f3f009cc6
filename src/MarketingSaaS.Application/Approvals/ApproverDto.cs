namespace MarketingSaaS.Approvals;

public sealed class ApproverDto
{
    public ApproverKind Kind { get; set; }

    public Guid? PositionId { get; set; }

    public Guid? UserId { get; set; }
}
