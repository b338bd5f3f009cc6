using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Approvals;

public sealed class ApprovalCycleTimeAppService(
    IApprovalRequestRepository requests,
    IApprovalPolicyRepository policies,
    TimeProvider clock) : IApprovalCycleTimeAppService
{
    public const int MaxDays = 366;

    public async Task<IReadOnlyList<ApprovalCycleTimeDto>> GetListAsync(int days, CancellationToken cancellationToken = default)
    {
        if (days is < 1 or > MaxDays)
        {
            throw new FieldValidationException("days", "Framework:OutOfRange");
        }

        var since = clock.GetUtcNow().AddDays(-days);
        var figures = ApprovalCycleTimeCalculator.Calculate(await requests.GetListWithRouteAsync(since, cancellationToken));
        var names = (await policies.GetListAsync(_ => true, cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        return [.. figures.Select(f => new ApprovalCycleTimeDto(
            f.PolicyId, names.GetValueOrDefault(f.PolicyId, ""), f.StageIndex, f.Count, Math.Round(f.Average.TotalHours, 2), Math.Round(f.P90.TotalHours, 2)))];
    }
}
