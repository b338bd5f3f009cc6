using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>
/// Applies <c>BlobStoring:DefaultProvider</c>, <c>BlobStoring:TempFolder</c> and
/// <c>BlobStoring:Containers:&lt;name&gt;:{Provider,MaxSizeBytes,AllowedExtensions,IsMultiTenant}</c> over the code defaults.
/// </summary>
internal sealed class BlobStoringConfigurationReader(IConfiguration configuration) : IPostConfigureOptions<BlobStoringOptions>
{
    public void PostConfigure(string? name, BlobStoringOptions options)
    {
        var section = configuration.GetSection(BlobStoringOptions.ConfigurationSection);
        options.DefaultProvider = section["DefaultProvider"] ?? options.DefaultProvider;
        options.TempFolder = section["TempFolder"] ?? options.TempFolder;
        foreach (var (containerName, container) in options.Containers)
        {
            var overrides = section.GetSection("Containers").GetSection(containerName);
            container.Provider = overrides["Provider"] ?? container.Provider;
            if (long.TryParse(overrides["MaxSizeBytes"], System.Globalization.CultureInfo.InvariantCulture, out var maxSize))
            {
                container.MaxSizeBytes = maxSize;
            }

            if (overrides["AllowedExtensions"] is { } extensions)
            {
                container.AllowedExtensions = new HashSet<string>(
                    extensions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
            }

            if (bool.TryParse(overrides["IsMultiTenant"], out var isMultiTenant))
            {
                container.IsMultiTenant = isMultiTenant;
            }

            foreach (var extension in container.AllowedExtensions)
            {
                if (BlobFileKinds.FindByExtension(extension) is null)
                {
                    throw new InvalidOperationException($"Blob container '{containerName}': no content check exists for '{extension}'.");
                }
            }
        }
    }
}
