using MarketingSaaS.Data;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Settings;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Identity;
using MarketingSaaS.Tenants;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Registration;

public sealed class SignUpAppService(
    TenantManager tenantManager,
    TenantDataSeeder seeder,
    UserManager<AppUser> users,
    ISettingValueStore settings,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant) : ISignUpAppService
{
    public async Task<SignUpResultDto> SignUpAsync(SignUpDto input, CancellationToken cancellationToken = default)
    {
        var culture = string.IsNullOrWhiteSpace(input.Culture) ? null : input.Culture.Trim();
        if (culture is not null && !SettingValueValidator.IsSupportedCulture(culture))
        {
            throw new FieldValidationException("culture", SettingValueValidator.UnsupportedCulture);
        }

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        Tenant tenant;
        using (currentTenant.Change(null))
        {
            tenant = await tenantManager.CreateAsync(input.CompanyName, input.Slug, editionId: null, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        var userName = "admin";
        await seeder.SeedAsync(tenant.Id, new TenantAdminAccount(userName, input.Email.Trim(), input.Password, input.AdminName.Trim()), cancellationToken);
        Guid adminId;
        using (currentTenant.Change(tenant.Id))
        {
            adminId = (await users.FindByNameAsync(userName))!.Id;
            if (culture is not null)
            {
                await settings.SetAsync(SettingValueProviders.User, adminId, MarketingSaaSSettings.Culture, culture, cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new SignUpResultDto(tenant.Id, tenant.Slug, adminId, userName);
    }
}
