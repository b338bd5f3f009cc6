using MarketingSaaS.EntityFrameworkCore.Data;
using MarketingSaaS.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.DbMigrator;

/// <summary>One run of the migrator: refuses to start without the host admin's first password or with a common one, then migrates, seeds and reports.</summary>
public static class MigratorRun
{
    /// <returns>The process exit code: 0 done, 1 not configured (nothing was touched).</returns>
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(configuration["Seed:HostAdminPassword"]))
        {
            await error.WriteLineAsync(PlatformDatabaseInitializer.MissingHostAdminPasswordMessage);
            return 1;
        }

        if (HostUserPasswords.Problem(configuration["Seed:HostAdminPassword"]!, "Seed:HostAdminPassword") is { } problem)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        await using var provider = DbMigratorServices.Build(configuration);
        var report = await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync(cancellationToken);
        foreach (var line in report.Lines())
        {
            await output.WriteLineAsync(line);
        }

        return 0;
    }
}
