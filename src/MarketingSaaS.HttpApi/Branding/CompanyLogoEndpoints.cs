using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.MultiTenancy;
using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Branding;

/// <summary>
/// The current company's logo (company from the sign-in, sub-domain, <c>__tenant</c> header or cookie). Reading is
/// anonymous so the sign-in page of a company's sub-domain can show it; changing it needs the settings permission.
/// </summary>
public static class CompanyLogoEndpoints
{
    public static IEndpointRouteBuilder MapCompanyLogoApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/company/logo").WithTags("CompanyLogo");
        group.MapGet("/", async (ICompanyLogoAppService logo, CancellationToken ct) => new CompanyLogoResult(await logo.DownloadAsync(ct)))
            .WithName("GetCompanyLogo")
            .AllowAnonymous();
        // The same image under the company's slug in the path, for pages that have no sign-in and no sub-domain
        // (the public event registration page and its poster).
        endpoints.MapGet("/api/public/companies/{" + MultiTenancyOptions.TenantKey + "}/logo",
                async ([FromRoute(Name = MultiTenancyOptions.TenantKey)] string tenant, ICompanyLogoAppService logo, CancellationToken ct) =>
                    new CompanyLogoResult(await logo.DownloadAsync(ct)))
            .WithTags("CompanyLogo")
            .WithName("GetPublicCompanyLogo")
            .AllowAnonymous();
        group.MapPut("/", UploadAsync).WithName("UploadCompanyLogo").RequirePermission(MarketingSaaSPermissions.Settings.Manage);
        group.MapDelete("/", async (ICompanyLogoAppService logo, CancellationToken ct) =>
            {
                await logo.DeleteAsync(ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCompanyLogo")
            .RequirePermission(MarketingSaaSPermissions.Settings.Manage);
        return endpoints;
    }

    /// <summary>The raw image as the body, its name in <c>X-File-Name</c> (see <see cref="BlobUploads"/>).</summary>
    private static async Task<Ok<BlobFileDto>> UploadAsync(HttpContext http, ICompanyLogoAppService logo, IBlobContainer<CompanyLogoContainer> container, CancellationToken ct)
    {
        // The settings page shows a refused image under its file input: 400 with the error on "file".
        return TypedResults.Ok(await BlobUploadFieldErrors.RunAsync(container, () => logo.UploadAsync(http.Request.Body, BlobUploads.Prepare(http, container), ct)));
    }
}
