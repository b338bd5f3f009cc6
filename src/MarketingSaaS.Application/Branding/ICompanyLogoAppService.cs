using MarketingSaaS.Blobs;

namespace MarketingSaaS.Branding;

/// <summary>The current company's logo: one file at most; a new upload replaces the old one.</summary>
public interface ICompanyLogoAppService
{
    Task<BlobFileDto> UploadAsync(Stream content, string? fileName, CancellationToken cancellationToken = default);

    /// <summary>Anyone may read a company's logo (it is shown on the sign-in page); 404 when there is none.</summary>
    Task<BlobDownloadDto> DownloadAsync(CancellationToken cancellationToken = default);

    Task DeleteAsync(CancellationToken cancellationToken = default);
}
