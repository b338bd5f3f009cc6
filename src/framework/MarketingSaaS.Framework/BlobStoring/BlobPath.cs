using System.Text.RegularExpressions;

namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>
/// Builds the provider-neutral path <c>host/&lt;container&gt;/&lt;name&gt;</c> or <c>tenants/{tenantId}/&lt;container&gt;/&lt;name&gt;</c>
/// from parts that cannot contain a separator: a checked container name, a Guid and a server-generated storage name.
/// </summary>
public static partial class BlobPath
{
    public static string NewStorageName() => Guid.CreateVersion7().ToString("N");

    public static bool IsValidStorageName(string? storageName) => storageName is not null && StorageName().IsMatch(storageName);

    public static string For(string containerName, Guid? tenantId, string storageName)
    {
        if (!BlobContainerNames.IsValid(containerName))
        {
            throw new ArgumentException($"'{containerName}' is not a valid container name.", nameof(containerName));
        }

        if (!IsValidStorageName(storageName))
        {
            throw new ArgumentException("Storage names are 32 lower-case hex digits.", nameof(storageName));
        }

        return tenantId is { } id ? $"tenants/{id:D}/{containerName}/{storageName}" : $"host/{containerName}/{storageName}";
    }

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex StorageName();
}
