namespace MarketingSaaS.Approvals;

/// <summary>Who approves in a stage, resolved from the org chart when a request is submitted.</summary>
public sealed class ApproverSpec
{
    public ApproverKind Kind { get; set; }

    public Guid? PositionId { get; set; }

    public Guid? UserId { get; set; }
}
