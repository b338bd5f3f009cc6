using MarketingSaaS.Data;
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
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant) : ISignUpAppService
{
    public async Task<SignUpResultDto> SignUpAsync(SignUpDto input, CancellationToken cancellationToken = default)
    {
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
        }

        await transaction.CommitAsync(cancellationToken);
        return new SignUpResultDto(tenant.Id, tenant.Slug, adminId, userName);
    }
}
