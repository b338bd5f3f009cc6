namespace MarketingSaaS.Approvals;

/// <summary>Building blocks of the default policies: approvers, "any" stages and CNY rules from an amount range.</summary>
public static class DefaultApprovalRules
{
    public static ApproverSpec RequesterUnitHead() => new() { Kind = ApproverKind.RequesterUnitHead };

    public static ApproverSpec Position(Guid id) => new() { Kind = ApproverKind.Position, PositionId = id };

    public static ApprovalStageSpec Stage(params ApproverSpec[] approvers) => new() { Mode = ApprovalStageMode.Any, Approvers = [.. approvers] };

    public static ApprovalRuleDraft Rule(string name, ApprovalStageSpec[] stages, RiskTier? tier = null, bool? isSpecial = null, decimal? min = null, decimal? max = null) =>
        new(name, min, MinInclusive: true, max, MaxInclusive: false, "CNY", tier, isSpecial, RequesterUnitId: null, stages);
}
