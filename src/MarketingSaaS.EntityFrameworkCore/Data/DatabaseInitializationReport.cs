namespace MarketingSaaS.EntityFrameworkCore.Data;

/// <summary>What the DbMigrator did: the databases migrated, with their companies, and the companies seeded.</summary>
/// <param name="OwnDatabases">Tenants' own databases (the shared database is always migrated too).</param>
/// <param name="MigrationsApplied">Pending migrations applied, over every database and context.</param>
/// <param name="SeededCompanies">Every company seeded, by name.</param>
public sealed record DatabaseInitializationReport(
    IReadOnlyList<TenantDatabase> OwnDatabases,
    int MigrationsApplied,
    IReadOnlyList<string> SeededCompanies)
{
    /// <summary>The shared database and each own database.</summary>
    public int Databases => 1 + OwnDatabases.Count;

    /// <summary>The lines the DbMigrator prints: each database with its companies, each seeded company, then the counts.</summary>
    public IEnumerable<string> Lines()
    {
        var shared = SeededCompanies.Count - OwnDatabases.Sum(d => d.Companies.Count);
        yield return $"Migrated the shared database ({shared} company(ies)).";
        foreach (var database in OwnDatabases)
        {
            yield return $"Migrated the own database of: {string.Join(", ", database.Companies)}.";
        }

        foreach (var company in SeededCompanies)
        {
            yield return $"Seeded company: {company}";
        }

        yield return $"Done: {Databases} database(s) migrated ({MigrationsApplied} migration(s) applied), {SeededCompanies.Count} company(ies) seeded.";
    }
}
