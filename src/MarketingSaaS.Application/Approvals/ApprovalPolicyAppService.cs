using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using MarketingSaaS.Settings;

namespace MarketingSaaS.Approvals;

public sealed class ApprovalPolicyAppService(
    IApprovalPolicyRepository policies,
    ApprovalPolicyManager manager,
    ApprovalRouteResolver routes,
    DefaultApprovalPolicies defaults,
    IUserLookup users,
    IOrgChartSnapshotReader orgChart,
    ICurrentUser currentUser,
    ISettingProvider settings,
    ApprovalBusinessTypeDefinitionManager businessTypes,
    IUnitOfWork unitOfWork) : IApprovalPolicyAppService
{
    public async Task<IReadOnlyList<ApprovalPolicyDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        [.. (await policies.GetListWithRulesAsync(cancellationToken)).Select(ApprovalPolicyMapper.ToDto)];

    public async Task<ApprovalPolicyDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ApprovalPolicyMapper.ToDto(await GetWithRulesAsync(id, cancellationToken));

    public async Task<ApprovalPolicyDto> CreateAsync(CreateApprovalPolicyDto input, CancellationToken cancellationToken = default)
    {
        businessTypes.CheckDefined(input.BusinessType, "businessType");
        var policy = await manager.CreateAsync(input.BusinessType, input.Name, [.. input.Rules.Select(ApprovalPolicyMapper.ToDraft)], cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ApprovalPolicyMapper.ToDto(policy);
    }

    public async Task<ApprovalPolicyDto> UpdateAsync(Guid id, UpdateApprovalPolicyDto input, CancellationToken cancellationToken = default)
    {
        var policy = await GetWithRulesAsync(id, cancellationToken);
        policy.Name = input.Name.Trim();
        await manager.SetRulesAsync(policy, [.. input.Rules.Select(ApprovalPolicyMapper.ToDraft)], cancellationToken);
        await policies.UpdateAsync(policy, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ApprovalPolicyMapper.ToDto(policy);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await policies.DeleteAsync(await GetWithRulesAsync(id, cancellationToken), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApprovalPolicyDto>> ImportDefaultAsync(CancellationToken cancellationToken = default)
    {
        var culture = await settings.GetOrNullAsync(MarketingSaaSSettings.Culture, cancellationToken);
        var created = await defaults.CreateAsync(chinese: culture != "en", cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return [.. created.Select(ApprovalPolicyMapper.ToDto)];
    }

    public async Task<ApprovalRouteDto> SimulateAsync(SimulateApprovalRouteDto input, CancellationToken cancellationToken = default)
    {
        businessTypes.CheckDefined(input.BusinessType, "businessType");
        var requester = input.RequesterUserId ?? currentUser.Id!.Value;
        var route = await routes.ResolveAsync(
            new ApprovalRouteRequest(input.BusinessType, input.Amount, input.Currency.ToUpperInvariant(), input.RiskTier, input.IsSpecial, requester, input.RequesterUnitId),
            cancellationToken);
        var names = await users.GetNamesAsync(route.Stages.SelectMany(s => s.Approvers.Select(a => a.UserId)), cancellationToken);
        var chart = await orgChart.ReadAsync(cancellationToken);
        return new ApprovalRouteDto(route.PolicyId, route.RuleId, route.RuleOrder, route.RuleName, [.. route.Stages.Select(s =>
            new ApprovalRouteStageDto(
                s.Mode,
                [.. s.Approvers.Select(a => new ApprovalRouteApproverDto(a.UserId, names.GetValueOrDefault(a.UserId, ""), a.PositionId, a.Escalated, chart.Position(a.PositionId)?.Name))],
                s.Notes))]);
    }

    public Task<ApprovalRouteDto> PreviewOwnRouteAsync(SimulateApprovalRouteDto input, CancellationToken cancellationToken = default)
    {
        input.RequesterUserId = null;
        return SimulateAsync(input, cancellationToken);
    }


    private async Task<ApprovalPolicy> GetWithRulesAsync(Guid id, CancellationToken cancellationToken) =>
        await policies.FindWithRulesAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(ApprovalPolicy), id);
}
