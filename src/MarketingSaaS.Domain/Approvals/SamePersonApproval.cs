namespace MarketingSaaS.Approvals;

/// <summary>What happens when a person who approved an earlier stage of a request is also an approver of a later stage.</summary>
public enum SamePersonApproval
{
    /// <summary>They are asked again at every stage.</summary>
    AskEachTime = 0,

    /// <summary>Their slot in the later stage is approved automatically, referencing the earlier approval.</summary>
    AskOnce = 1,
}
