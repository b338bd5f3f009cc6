namespace MarketingSaaS.Approvals;

internal static class ApprovalRequestMapper
{
    public static ApprovalRequestDto ToDto(ApprovalRequest r, IReadOnlyDictionary<Guid, string> names) => new(
        r.Id, r.BusinessType, r.SubjectModule, r.SubjectId, r.Title, r.Amount, r.Currency, r.RiskTier, r.IsSpecial,
        r.RequesterUserId, names.GetValueOrDefault(r.RequesterUserId, ""), r.RequesterUnitId, r.Status, r.CurrentStageIndex,
        r.RuleName, r.SubmissionTime, r.ConcurrencyStamp)
    {
        Budget = r.BudgetCategory is { } category ? new ApprovalRequestBudgetDto(r.BudgetUnitId, category, r.NeedsExtraBudgetApproval) : null,
        FiledForOtherUnit = r.FiledForOtherUnit,
        Description = r.Description,
    };

    public static ApprovalRequestDetailsDto ToDetails(ApprovalRequest r, IReadOnlyList<ApprovalDecision> log, IReadOnlyDictionary<Guid, string> names) => new(
        ToDto(r, names),
        [.. r.Stages.OrderBy(s => s.Index).Select(s => new ApprovalRequestStageDto(s.Index, s.Mode, s.CompletionTime, [.. s.Approvers.Select(a =>
            new ApprovalRequestApproverDto(a.UserId, names.GetValueOrDefault(a.UserId, ""), a.PositionId, a.Escalated, a.State, a.DecisionTime))]) { RestartedAt = s.RestartedAt })],
        [.. log.Select(d => new ApprovalDecisionDto(d.Sequence, d.UserId, names.GetValueOrDefault(d.UserId, ""), d.Type, d.Comment, d.StageIndex, d.Amount, d.Currency, d.Time,
            d.OnBehalfOfUserId, d.OnBehalfOfUserId is { } behalf ? names.GetValueOrDefault(behalf, "") : null, d.PreviousAmount, d.RelatedSequence, d.ReturnedToStageIndex)
        {
            SubjectVersion = d.SubjectVersion,
            ReassignedFromUserId = d.ReassignedFromUserId,
            ReassignedFromUserName = d.ReassignedFromUserId is { } from ? names.GetValueOrDefault(from, "") : null,
            ReassignedToUserId = d.ReassignedToUserId,
            ReassignedToUserName = d.ReassignedToUserId is { } to ? names.GetValueOrDefault(to, "") : null,
        })]);
}
