using System.Data.Common;
using MarketingSaaS.Dtos;
using MarketingSaaS.Editions;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Validation;

namespace MarketingSaaS.Tenants;

public sealed class TenantAppService(
    ITenantRepository tenants,
    IRepository<Edition, Guid> editions,
    TenantManager tenantManager,
    ITenantCacheInvalidator tenantCache,
    IUnitOfWork unitOfWork) : ITenantAppService
{
    public async Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input, CancellationToken cancellationToken = default)
    {
        var total = await tenants.GetCountAsync(input.Filter, input.IsActive, cancellationToken);
        var page = await tenants.GetPagedListAsync(input.Filter, input.IsActive, input.SkipCount, input.MaxResultCount, cancellationToken);
        var editionIds = page.Where(t => t.EditionId.HasValue).Select(t => t.EditionId!.Value).Distinct().ToList();
        var editionNames = editionIds.Count == 0
            ? new Dictionary<Guid, string>()
            : (await editions.GetListAsync(e => editionIds.Contains(e.Id), cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
        return new PagedResultDto<TenantDto>(total, [.. page.Select(t => ToDto(t, t.EditionId is { } id ? editionNames.GetValueOrDefault(id) : null))]);
    }

    public async Task<TenantDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await tenants.GetAsync(id, cancellationToken), cancellationToken);

    public async Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken cancellationToken = default)
    {
        return await ChangeAsync(id, input.ConcurrencyStamp, tenant =>
        {
            tenant.Rename(input.Name.Trim());
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<TenantDto> ActivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedStamp: null, tenant =>
        {
            tenant.Activate();
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<TenantDto> DeactivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedStamp: null, tenant =>
        {
            tenant.Deactivate();
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<TenantDto> ChangeEditionAsync(Guid id, ChangeTenantEditionDto input, CancellationToken cancellationToken = default)
    {
        return await ChangeAsync(id, input.ConcurrencyStamp, tenant => tenantManager.ChangeEditionAsync(tenant, input.EditionId, cancellationToken), cancellationToken);
    }

    public async Task<TenantDto> SetConnectionStringAsync(Guid id, SetTenantConnectionStringDto input, CancellationToken cancellationToken = default)
    {
        CheckConnectionStringFormat(input.ConnectionString);
        return await ChangeAsync(id, input.ConcurrencyStamp, tenant =>
        {
            tenant.SetConnectionString(input.ConnectionString?.Trim());
            return Task.CompletedTask;
        }, cancellationToken);
    }

    private async Task<TenantDto> ChangeAsync(Guid id, string? expectedStamp, Func<Tenant, Task> change, CancellationToken cancellationToken)
    {
        var tenant = await tenants.GetAsync(id, cancellationToken);
        ConcurrencyStampGuard.Check(tenant, expectedStamp);
        await change(tenant);
        await tenants.UpdateAsync(tenant, expectedStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        tenantCache.Invalidate(tenant);
        return await ToDtoAsync(tenant, cancellationToken);
    }

    private static void CheckConnectionStringFormat(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        try
        {
            _ = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            throw new FieldValidationException("connectionString", HostAdministrationErrorCodes.InvalidConnectionString);
        }
    }

    private async Task<TenantDto> ToDtoAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var edition = tenant.EditionId is { } editionId ? await editions.FindAsync(editionId, cancellationToken) : null;
        return ToDto(tenant, edition?.Name);
    }

    private static TenantDto ToDto(Tenant tenant, string? editionName) => new(
        tenant.Id,
        tenant.Name,
        tenant.Slug,
        tenant.IsActive,
        tenant.EditionId,
        editionName,
        tenant.ConnectionString is not null,
        tenant.CreationTime,
        tenant.ConcurrencyStamp);
}
