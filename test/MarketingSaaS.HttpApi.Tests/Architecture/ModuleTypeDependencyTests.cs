using MarketingSaaS.Budgets;
using MarketingSaaS.Events.IntegrationEvents;
using MarketingSaaS.Events.MarketingEvents;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Architecture;

public sealed class ModuleTypeDependencyTests
{
    private static readonly string[] TestAssemblies = ["MarketingSaaS.HttpApi.Tests", "MarketingSaaS.TestBase"];

    [Fact]
    public void Modules_use_only_platform_contracts_and_the_platform_uses_no_module()
    {
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "MarketingSaaS*.dll")
            .Where(path => !TestAssemblies.Contains(Path.GetFileNameWithoutExtension(path)))
            .Select(AssemblyTypeUses.Read)
            .ToList();
        assemblies.Select(a => a.Assembly).ShouldContain("MarketingSaaS.Events.Domain");
        assemblies.Select(a => a.Assembly).ShouldContain("MarketingSaaS.Events.Application");
        assemblies.Select(a => a.Assembly).ShouldContain("MarketingSaaS.Domain");
        assemblies.Select(a => a.Assembly).ShouldContain("MarketingSaaS.HttpApi");

        ModuleTypeDependencyRules.Violations(Modules(), assemblies).ShouldBeEmpty();
    }

    [Fact]
    public void A_module_using_a_platform_type_outside_the_contracts_is_caught()
    {
        var module = Fixture("MarketingSaaS.Research.Domain", $$"""
            namespace MarketingSaaS.Research;
            public sealed class ReadsCommitments
            {
                public System.Type Ledger => typeof({{typeof(IBudgetLedger).FullName}});
                public System.Type Rows => typeof({{typeof(BudgetCommitment).FullName}});
            }
            """);

        var violations = ModuleTypeDependencyRules.Violations(["Research", "Events"], [module]).ToList();

        violations.ShouldHaveSingleItem().ShouldBe(
            "module assembly MarketingSaaS.Research.Domain uses MarketingSaaS.Budgets.BudgetCommitment of MarketingSaaS.Domain, which is not a platform contract");
    }

    [Fact]
    public void A_module_using_another_modules_type_outside_its_contracts_is_caught()
    {
        var module = Fixture("MarketingSaaS.Research.Application", $$"""
            namespace MarketingSaaS.Research;
            public sealed class ReadsEvents
            {
                public System.Type CheckIns => typeof({{typeof(AttendeeCheckedInEto).FullName}});
                public System.Type Events => typeof({{typeof(MarketingEvent).FullName}});
            }
            """);

        var violations = ModuleTypeDependencyRules.Violations(["Research", "Events"], [module]).ToList();

        violations.ShouldHaveSingleItem().ShouldBe(
            "module assembly MarketingSaaS.Research.Application uses MarketingSaaS.Events.MarketingEvents.MarketingEvent of module Events (MarketingSaaS.Events.Domain), which is not that module's contracts");
    }

    [Fact]
    public void A_platform_assembly_using_a_module_type_is_caught()
    {
        var platform = Fixture("MarketingSaaS.Reports", $$"""
            namespace MarketingSaaS.Reports;
            public sealed class CountsEvents
            {
                public System.Type Events => typeof({{typeof(MarketingEvent).FullName}});
            }
            """);

        var violations = ModuleTypeDependencyRules.Violations(["Research", "Events"], [platform]).ToList();

        violations.ShouldHaveSingleItem().ShouldBe(
            "platform assembly MarketingSaaS.Reports uses MarketingSaaS.Events.MarketingEvents.MarketingEvent of module Events (MarketingSaaS.Events.Domain)");
    }

    private static AssemblyTypeUses Fixture(string assemblyName, string source) =>
        AssemblyTypeUses.Read(FixtureAssembly.Compile(assemblyName, source));

    private static string[] Modules() =>
        [.. Directory.GetDirectories(Path.Combine(ModuleReferenceTests.RepositoryRoot(), "modules")).Select(Path.GetFileName).OfType<string>()];
}
