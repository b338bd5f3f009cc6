namespace MarketingSaaS.Approvals;

/// <summary>One slot moved by <see cref="ApprovalRequest.ReassignPositionSlots"/>.</summary>
public sealed record ApprovalSlotReassignment(int StageIndex, Guid FromUserId, Guid ToUserId, bool IsWaiting);
