using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace MarketingSaaS.Portal;

/// <summary>
/// The Angular portal, built into "portal-dist" (configuration "Portal:Folder", relative to the content root) by
/// Portal.targets: compressed static files, long caching for content-hashed bundles, and index.html for deep
/// links (never for /api, /openapi, /health). Without a built portal, wwwroot's placeholder page is served.
/// Files pre-compressed at build time (scripts/compress.mjs: .br, .gz) are sent to browsers that accept them.
/// </summary>
public static partial class PortalHostingExtensions
{
    /// <summary>Every path without a file extension outside the API, the OpenAPI document and the health checks.</summary>
    public const string DeepLinkPattern = "{*path:nonfile:regex(^(?!(api|openapi|health)(/|$)).*$)}";

    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        // API answers too (the signed-in application configuration shrinks from about 30 kB to a few). Answers that
        // carry a secret opt out over HTTPS (WithoutHttpsCompression, BREACH); see docs/portal.md.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/json", "application/problem+json"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    public static WebApplication UsePortalStaticFiles(this WebApplication app)
    {
        var files = PortalFiles(app);
        app.UseResponseCompression();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseMiddleware<PrecompressedFileMiddleware>(files);
        app.UseStaticFiles(StaticFileOptions(files));
        return app;
    }

    public static IEndpointConventionBuilder MapPortalFallback(this WebApplication app) =>
        app.MapFallbackToFile(DeepLinkPattern, "index.html", StaticFileOptions(PortalFiles(app)));

    /// <summary>The built portal first, then wwwroot.</summary>
    private static IFileProvider PortalFiles(WebApplication app)
    {
        var folder = Path.Combine(app.Environment.ContentRootPath, app.Configuration["Portal:Folder"] ?? "portal-dist");
        return Directory.Exists(folder)
            ? new CompositeFileProvider(new PhysicalFileProvider(folder), app.Environment.WebRootFileProvider)
            : app.Environment.WebRootFileProvider;
    }

    private static StaticFileOptions StaticFileOptions(IFileProvider files) => new()
    {
        FileProvider = files,
        ContentTypeProvider = new PrecompressedContentTypeProvider(),
        OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] =
            HashedBundle().IsMatch(context.File.Name) ? "public, max-age=31536000, immutable" : "no-cache",
    };

    /// <summary>Angular's output names: main-ABCD1234.js, chunk-ABCD1234.js, styles-ABCD1234.css (and their .br/.gz).</summary>
    [GeneratedRegex(@"-[A-Z0-9]{8}\.(js|css)(\.br|\.gz)?$")]
    private static partial Regex HashedBundle();
}
