namespace MarketingSaaS.Approvals;

internal static class ApprovalPolicyMapper
{
    public static ApprovalPolicyDto ToDto(ApprovalPolicy policy) => new(
        policy.Id,
        policy.BusinessType,
        policy.Name,
        [.. policy.Rules.OrderBy(r => r.Order).Select(ToDto)],
        policy.ConcurrencyStamp);

    public static ApprovalRuleDraft ToDraft(ApprovalRuleDto rule) => new(
        rule.Name,
        rule.MinAmount,
        rule.MinInclusive,
        rule.MaxAmount,
        rule.MaxInclusive,
        rule.Currency,
        rule.RiskTier,
        rule.IsSpecial,
        rule.RequesterUnitId,
        [.. rule.Stages.Select(s => new ApprovalStageSpec
        {
            Mode = s.Mode,
            Approvers = [.. s.Approvers.Select(a => new ApproverSpec { Kind = a.Kind, PositionId = a.PositionId, UserId = a.UserId })],
        })]);

    private static ApprovalRuleDto ToDto(ApprovalRule rule) => new()
    {
        Id = rule.Id,
        Order = rule.Order,
        Name = rule.Name,
        MinAmount = rule.MinAmount,
        MinInclusive = rule.MinInclusive,
        MaxAmount = rule.MaxAmount,
        MaxInclusive = rule.MaxInclusive,
        Currency = rule.Currency,
        RiskTier = rule.RiskTier,
        IsSpecial = rule.IsSpecial,
        RequesterUnitId = rule.RequesterUnitId,
        Stages = [.. rule.Stages.Select(s => new ApprovalStageDto
        {
            Mode = s.Mode,
            Approvers = [.. s.Approvers.Select(a => new ApproverDto { Kind = a.Kind, PositionId = a.PositionId, UserId = a.UserId })],
        })],
    };
}
