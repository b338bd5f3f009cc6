using System.Text.RegularExpressions;

namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>
/// Builds the provider-neutral path <c>host/&lt;container&gt;/&lt;name&gt;</c> or <c>tenants/{tenantId}/&lt;container&gt;/&lt;name&gt;</c>
/// from parts that cannot contain a separator: a checked container name, a Guid and a server-generated storage name.
/// </summary>
public static partial class BlobPath
{
    /// <summary>A Guid v7 of <paramref name="now"/> (the injected clock): the name carries its creation time, which the orphan clean-up reads.</summary>
    public static string NewStorageName(DateTimeOffset now) => Guid.CreateVersion7(now).ToString("N");

    /// <summary>When the name was created (millisecond precision); null for a name that is not a Guid v7.</summary>
    public static DateTimeOffset? CreationTimeOf(string storageName) =>
        IsValidStorageName(storageName) && storageName[12] == '7'
            ? DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(storageName[..12], 16))
            : null;

    /// <summary>The folder (key prefix, ending with '/') holding a container's blobs of one tenant, or of the host.</summary>
    public static string PrefixFor(string containerName, Guid? tenantId) =>
        For(containerName, tenantId, new string('0', 32))[..^32];

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
