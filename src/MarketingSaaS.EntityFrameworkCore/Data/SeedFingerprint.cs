using System.Security.Cryptography;
using System.Text;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;

namespace MarketingSaaS.EntityFrameworkCore.Data;

/// <summary>
/// What the seed depends on: the build of every module assembly (deterministic builds: a release that adds default
/// data, permissions or settings changes it) and the configuration the seeders read.
/// </summary>
public static class SeedFingerprint
{
    private static readonly string[] ConfigurationKeys = ["Seed:DemoTenant", "Approvals:SlaScheduleEnabled", "Blobs:OrphanCleanup"];

    public static string Compute(ModularApplication application, IConfiguration configuration)
    {
        var parts = application.Modules
            .Select(m => m.Type.Assembly.ManifestModule.ModuleVersionId.ToString("N"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Concat(ConfigurationKeys.SelectMany(key => configuration.GetSection(key).AsEnumerable()
                .Select(pair => $"{pair.Key}={pair.Value}")
                .Order(StringComparer.Ordinal)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
    }
}
