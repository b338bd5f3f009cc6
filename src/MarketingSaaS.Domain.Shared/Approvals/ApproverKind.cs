namespace MarketingSaaS.Approvals;

public enum ApproverKind
{
    /// <summary>The holders of the head position of the requester's unit.</summary>
    RequesterUnitHead = 0,

    /// <summary>The head of the unit above the requester's unit.</summary>
    ParentUnitHead = 1,

    /// <summary>The holders of a named position (e.g. VP in charge, GM, finance reviewer).</summary>
    Position = 2,

    /// <summary>One named user.</summary>
    User = 3,
}
