namespace MarketingSaaS.HttpApi.Tests.Architecture;

/// <summary>
/// The type-level rules between the platform and the optional modules (issue 12, item 3), on compiled assemblies:
/// (a) a module uses of the platform only types of its contracts — the framework, MarketingSaaS.Domain.Shared and
/// MarketingSaaS.Application.Contracts; (b) a module uses of another module only types of its Contracts assembly;
/// (c) no platform assembly uses a module's type (the composition roots, host and DbMigrator, excepted).
/// Assemblies are told apart by name: <c>MarketingSaaS.&lt;Module&gt;.*</c> for the module folders given, every
/// other <c>MarketingSaaS.*</c> is the platform. (Not NetArchTest: it matches namespaces, and the contracts keep the
/// namespaces of the platform types they came from, so only the assembly a type resolves to tells them apart.)
/// </summary>
internal static class ModuleTypeDependencyRules
{
    public static readonly string[] PlatformContracts = ["MarketingSaaS.Domain.Shared", "MarketingSaaS.Application.Contracts"];

    public static readonly string[] CompositionRoots = ["MarketingSaaS.HttpApi.Host", "MarketingSaaS.DbMigrator"];

    public static IEnumerable<string> Violations(IReadOnlyCollection<string> modules, IEnumerable<AssemblyTypeUses> assemblies)
    {
        foreach (var assembly in assemblies)
        {
            var owner = ModuleOf(modules, assembly.Assembly);
            foreach (var (type, from) in assembly.Uses.Distinct())
            {
                if (Violation(modules, assembly.Assembly, owner, type, from) is { } violation)
                {
                    yield return violation;
                }
            }
        }
    }

    private static string? Violation(IReadOnlyCollection<string> modules, string assembly, string? owner, string type, string from)
    {
        if (!IsOurs(from))
        {
            return null;
        }

        var usedModule = ModuleOf(modules, from);
        if (owner is null)
        {
            return usedModule is not null && !CompositionRoots.Contains(assembly)
                ? $"platform assembly {assembly} uses {type} of module {usedModule} ({from})"
                : null;
        }

        if (usedModule is null)
        {
            return IsFramework(from) || PlatformContracts.Contains(from)
                ? null
                : $"module assembly {assembly} uses {type} of {from}, which is not a platform contract";
        }

        return usedModule != owner && from != $"MarketingSaaS.{usedModule}.Contracts"
            ? $"module assembly {assembly} uses {type} of module {usedModule} ({from}), which is not that module's contracts"
            : null;
    }

    private static bool IsOurs(string assembly) => assembly == "MarketingSaaS" || assembly.StartsWith("MarketingSaaS.", StringComparison.Ordinal);

    private static bool IsFramework(string assembly) =>
        assembly == "MarketingSaaS.Framework" || assembly.StartsWith("MarketingSaaS.Framework.", StringComparison.Ordinal);

    private static string? ModuleOf(IReadOnlyCollection<string> modules, string assembly) =>
        modules.FirstOrDefault(m => assembly.StartsWith($"MarketingSaaS.{m}.", StringComparison.Ordinal));
}
