using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Approvals;

/// <summary>One policy per business type; rules whose units, positions and users exist in the company.</summary>
public sealed class ApprovalPolicyManager(
    IApprovalPolicyRepository policies,
    IOrganizationUnitRepository units,
    IPositionRepository positions,
    IUserLookup users,
    IStringLocalizer localizer)
{
    public async Task<ApprovalPolicy> CreateAsync(string businessType, string name, IReadOnlyList<ApprovalRuleDraft> rules, CancellationToken cancellationToken = default)
    {
        if (await policies.FindByBusinessTypeAsync(businessType, cancellationToken) is not null)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.ApprovalPolicyExists, new Dictionary<string, object?> { ["businessType"] = businessType, ["businessTypeName"] = localizer.BusinessTypeDisplayName(businessType) });
        }

        var policy = new ApprovalPolicy(SequentialGuid.Create(), businessType, name.Trim());
        await SetRulesAsync(policy, rules, cancellationToken);
        await policies.InsertAsync(policy, cancellationToken);
        return policy;
    }

    public async Task SetRulesAsync(ApprovalPolicy policy, IReadOnlyList<ApprovalRuleDraft> drafts, CancellationToken cancellationToken = default)
    {
        foreach (var (draft, index) in drafts.Select((d, i) => (d, i)))
        {
            await CheckAsync(draft, index, cancellationToken);
        }

        policy.ClearRules();
        foreach (var draft in drafts)
        {
            var rule = policy.AddRule();
            rule.Name = draft.Name.Trim();
            rule.MinAmount = draft.MinAmount;
            rule.MinInclusive = draft.MinInclusive;
            rule.MaxAmount = draft.MaxAmount;
            rule.MaxInclusive = draft.MaxInclusive;
            rule.Currency = draft.Currency.Trim().ToUpperInvariant();
            rule.RiskTier = draft.RiskTier;
            rule.IsSpecial = draft.IsSpecial;
            rule.RequesterUnitId = draft.RequesterUnitId;
            // Fresh copies: EF Core owns each stage through exactly one rule, so instances are never shared.
            rule.Stages = [.. draft.Stages.Select(s => new ApprovalStageSpec
            {
                Mode = s.Mode,
                Approvers = [.. s.Approvers.Select(a => new ApproverSpec { Kind = a.Kind, PositionId = a.PositionId, UserId = a.UserId })],
            })];
        }
    }

    private async Task CheckAsync(ApprovalRuleDraft draft, int index, CancellationToken cancellationToken)
    {
        var field = $"rules[{index}]";
        if (draft.MinAmount is { } min && draft.MaxAmount is { } max && min > max)
        {
            throw new FieldValidationException(field + ".maxAmount", "MarketingSaaS:AmountBandInverted");
        }

        if (draft.Stages.Count == 0 || draft.Stages.Any(s => s.Approvers.Count == 0))
        {
            throw new FieldValidationException(field + ".stages", "Framework:Required");
        }

        if (draft.RequesterUnitId is { } unitId && !await units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownOrganizationUnit, new Dictionary<string, object?> { ["id"] = unitId });
        }

        foreach (var approver in draft.Stages.SelectMany(s => s.Approvers))
        {
            await CheckAsync(approver, cancellationToken);
        }
    }

    private async Task CheckAsync(ApproverSpec approver, CancellationToken cancellationToken)
    {
        var valid = approver.Kind switch
        {
            ApproverKind.Position => approver.PositionId is { } positionId && await positions.AnyAsync(p => p.Id == positionId, cancellationToken),
            ApproverKind.User => approver.UserId is { } userId && (await users.FindExistingAsync([userId], cancellationToken)).Count == 1,
            ApproverKind.RequesterUnitHead or ApproverKind.ParentUnitHead => true,
            _ => false,
        };
        if (!valid)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.InvalidApprover, new Dictionary<string, object?> { ["kind"] = approver.Kind });
        }
    }
}
