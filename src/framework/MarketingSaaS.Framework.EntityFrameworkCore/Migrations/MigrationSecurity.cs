namespace MarketingSaaS.Framework.EntityFrameworkCore.Migrations;

/// <summary>When <see cref="DatabaseMigrator"/> (re)applies PostgreSQL row-level security and grants to a context's tables.</summary>
public enum MigrationSecurity
{
    /// <summary>After every run (the DbMigrator: it also repairs policies and grants, e.g. for a new application role).</summary>
    AlwaysApply,

    /// <summary>Only when migrations were applied to the context (a host start: an up-to-date database keeps what the last migration applied).</summary>
    ApplyAfterMigrating,
}
