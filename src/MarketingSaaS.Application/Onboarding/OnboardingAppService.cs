using MarketingSaaS.Approvals;
using MarketingSaaS.Budgets;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Identity;
using MarketingSaaS.Modules;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Settings;
using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.Onboarding;

/// <summary>
/// The admin's checklist on home. Every step is read from the company's data (nothing is ticked by hand), so it
/// stays true when data is added or removed elsewhere; only the dismissal is stored, as the tenant setting
/// <c>Platform.OnboardingDismissed</c>.
/// </summary>
public sealed class OnboardingAppService(
    ISettingValueStore settings,
    ICurrentTenant currentTenant,
    IOrganizationUnitRepository units,
    IAppUserRepository users,
    IApprovalPolicyRepository policies,
    IBudgetRepository budgets,
    IModuleAppService modules,
    IMemoryCache cache,
    IUnitOfWork unitOfWork) : IOnboardingAppService
{
    private Guid TenantId => currentTenant.Id ?? throw new BusinessException(MarketingSaaSErrorCodes.TenantRequired);

    public async Task<OnboardingDto> GetAsync(CancellationToken cancellationToken = default)
    {
        var values = await settings.GetValuesAsync(SettingValueProviders.Tenant, TenantId, cancellationToken);
        OnboardingStepDto[] steps =
        [
            new(OnboardingSteps.CompanyProfile, !string.IsNullOrEmpty(values.GetValueOrDefault(MarketingSaaSSettings.CompanyLogo))),
            new(OnboardingSteps.OrgChart, await units.AnyAsync(_ => true, cancellationToken)),
            new(OnboardingSteps.People, await users.GetCountAsync(cancellationToken: cancellationToken) > 1),
            new(OnboardingSteps.ApprovalPolicies, await policies.AnyAsync(_ => true, cancellationToken)),
            new(OnboardingSteps.Budgets, await budgets.AnyAsync(_ => true, cancellationToken)),
            new(OnboardingSteps.Modules, (await modules.GetListAsync(cancellationToken)).Any(m => m.IsEnabled)),
        ];
        var dismissed = values.GetValueOrDefault(MarketingSaaSSettings.OnboardingDismissed) == "true";
        return new OnboardingDto(steps, steps.Count(s => s.IsDone), dismissed);
    }

    public async Task<OnboardingDto> UpdateAsync(UpdateOnboardingDto input, CancellationToken cancellationToken = default)
    {
        var tenantId = TenantId;
        await settings.SetAsync(SettingValueProviders.Tenant, tenantId, MarketingSaaSSettings.OnboardingDismissed, input.IsDismissed ? "true" : null, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        cache.Remove(SettingProvider.CacheKey(SettingValueProviders.Tenant, tenantId));
        return await GetAsync(cancellationToken);
    }
}
