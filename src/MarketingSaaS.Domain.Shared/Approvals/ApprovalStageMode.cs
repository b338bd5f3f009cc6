namespace MarketingSaaS.Approvals;

public enum ApprovalStageMode
{
    /// <summary>Every approver of the stage must approve (they decide in parallel).</summary>
    All = 0,

    /// <summary>The first approval of any approver completes the stage.</summary>
    Any = 1,
}
