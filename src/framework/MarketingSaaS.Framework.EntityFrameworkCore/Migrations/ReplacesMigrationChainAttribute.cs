namespace MarketingSaaS.Framework.EntityFrameworkCore.Migrations;

/// <summary>
/// Put on a provider DbContext whose migrations were squashed into one baseline: a database whose history ends
/// with <see cref="LastMigrationId"/>, the last migration of the replaced chain, already has the baseline's schema,
/// so the baseline is recorded as applied instead of run (<see cref="SquashedMigrationHistory"/>, docs/migrations.md).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReplacesMigrationChainAttribute(string lastMigrationId) : Attribute
{
    public string LastMigrationId { get; } = lastMigrationId;
}
