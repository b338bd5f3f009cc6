namespace MarketingSaaS.Approvals;

/// <summary>Why a stage resolved to other people than its rule names; clients render the code in their language.</summary>
public sealed record ApprovalRouteNote(ApprovalRouteNoteCode Code, Guid? PositionId = null, string? PositionName = null);

public enum ApprovalRouteNoteCode
{
    /// <summary>The requester is one of the stage's approvers and was left out; the others approve.</summary>
    RequesterLeftOut,

    /// <summary>The requester was the stage's only approver, so the head of the unit above approves.</summary>
    RequesterEscalated,

    /// <summary>Nobody holds the position the stage names, so the head of a unit above approves.</summary>
    PositionVacant,
}
