using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Settings;
using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.Branding;

/// <summary>
/// Stores the logo in <see cref="CompanyLogoContainer"/> (owner: the tenant) and its file id in the tenant setting
/// <c>Platform.CompanyLogo</c>, which the application configuration carries, so the portal knows without another call
/// whether there is a logo and which version to load.
/// </summary>
public sealed class CompanyLogoAppService(
    IBlobRecordRepository records,
    BlobRecordManager blobs,
    BlobUploadSaver saver,
    ISettingValueStore settings,
    ICurrentTenant currentTenant,
    IMemoryCache cache,
    IUnitOfWork unitOfWork) : ICompanyLogoAppService
{
    private Guid TenantId => currentTenant.Id ?? throw new BusinessException(MarketingSaaSErrorCodes.TenantRequired);

    public async Task<BlobFileDto> UploadAsync(Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        var tenantId = TenantId;
        var previous = await records.GetListByOwnerAsync(BlobOwnerTypes.CompanyLogo, tenantId, cancellationToken);
        var record = await blobs.StoreAsync<CompanyLogoContainer>(content, fileName, BlobOwnerTypes.CompanyLogo, tenantId, cancellationToken);
        foreach (var old in previous)
        {
            await records.DeleteAsync(old, cancellationToken);
        }

        await settings.SetAsync(SettingValueProviders.Tenant, tenantId, MarketingSaaSSettings.CompanyLogo, record.Id.ToString("D"), cancellationToken);
        await saver.SaveAsync(record, cancellationToken);
        ForgetCachedSettings(tenantId);
        await DeleteContentAsync(previous, cancellationToken);
        return BlobFileMapper.ToDto(record);
    }

    public async Task<BlobDownloadDto> DownloadAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = currentTenant.Id ?? throw new EntityNotFoundException(typeof(BlobRecord), BlobOwnerTypes.CompanyLogo);
        var record = (await records.GetListByOwnerAsync(BlobOwnerTypes.CompanyLogo, tenantId, cancellationToken)).LastOrDefault()
            ?? throw new EntityNotFoundException(typeof(BlobRecord), BlobOwnerTypes.CompanyLogo);
        return BlobFileMapper.ToDownload(record, await blobs.OpenReadAsync(record, cancellationToken));
    }

    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = TenantId;
        var previous = await records.GetListByOwnerAsync(BlobOwnerTypes.CompanyLogo, tenantId, cancellationToken);
        foreach (var old in previous)
        {
            await records.DeleteAsync(old, cancellationToken);
        }

        await settings.SetAsync(SettingValueProviders.Tenant, tenantId, MarketingSaaSSettings.CompanyLogo, null, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        ForgetCachedSettings(tenantId);
        await DeleteContentAsync(previous, cancellationToken);
    }

    private void ForgetCachedSettings(Guid tenantId) => cache.Remove(SettingProvider.CacheKey(SettingValueProviders.Tenant, tenantId));

    private async Task DeleteContentAsync(IEnumerable<BlobRecord> removed, CancellationToken cancellationToken)
    {
        foreach (var old in removed)
        {
            await blobs.DeleteContentAsync(old, cancellationToken);
        }
    }
}
