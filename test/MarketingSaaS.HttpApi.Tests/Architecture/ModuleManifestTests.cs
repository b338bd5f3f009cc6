using MarketingSaaS.Events;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.Modularity.Manifests;
using MarketingSaaS.Framework.MultiTenancy;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Architecture;

public sealed class ModuleManifestTests
{
    [Fact]
    public void Every_module_has_exactly_one_manifest_named_by_one_module_class()
    {
        var modules = ModuleManifestRules.ReadModules(ModuleReferenceTests.RepositoryRoot()).ToList();
        modules.ShouldContain(m => m.Module == "Events");

        ModuleManifestRules.OneManifestViolations(modules).ShouldBeEmpty();
    }

    [Fact]
    public void The_one_manifest_rule_catches_a_module_without_one_and_a_module_with_two()
    {
        (string, IReadOnlyList<Type>)[] modules =
        [
            ("Events", [typeof(EventsDomainModule), typeof(EventsModuleManifest)]),
            ("Research", [typeof(NamingModule)]),
            ("Okr", [typeof(EventsModuleManifest), typeof(BrokenManifest)]),
            ("Crm", [typeof(BrokenManifest)]),
        ];

        ModuleManifestRules.OneManifestViolations(modules).ShouldBe(
        [
            "module Research has 0 manifests (), not one",
            "module Okr has 2 manifests (EventsModuleManifest, BrokenManifest), not one",
            "module Crm: 0 module classes name BrokenManifest with [ModuleManifest], not one",
        ]);
    }

    [Fact]
    public void Every_composed_manifest_declares_what_its_providers_define()
    {
        var manifests = new[] { ModuleManifest.From(new EventsModuleManifest()) };
        manifests.Single().PermissionProviders.ShouldNotBeEmpty();

        manifests.SelectMany(ModuleManifestRules.DeclarationViolations).ShouldBeEmpty();
    }

    [Fact]
    public void The_declaration_rule_catches_each_kind_of_mismatch()
    {
        var violations = ModuleManifestRules.DeclarationViolations(ModuleManifest.From(new BrokenManifest())).ToList();

        violations.ShouldBe(
        [
            "Broken: permission Broken.Things needs the prefix Broken. and the switch Modules.Broken",
            "Broken: permission Other.Things needs the prefix Broken. and the switch Modules.Broken",
            "Broken: feature Modules.Broken is not the module's (Broken.…; the switch Modules.Broken comes from the manifest)",
            "Broken: role staff is granted Broken.Missing by default, which the module's permission providers do not define",
        ]);
    }

    [ModuleManifest(typeof(EventsModuleManifest))]
    private sealed class NamingModule : MarketingModule;

    private sealed class BrokenManifest : IModuleManifest
    {
        public string Name => "Broken";

        public void Describe(ModuleManifestBuilder module) => module
            .Permissions<BrokenPermissions>()
            .Features<BrokenFeatures>()
            .GrantByDefault("staff", "Broken.Things", "Broken.Missing");
    }

    private sealed class BrokenPermissions : PermissionDefinitionProvider
    {
        public override void Define(PermissionDefinitionContext context)
        {
            var group = context.AddGroup("Broken");
            group.AddPermission("Broken.Things", MultiTenancySides.Tenant);
            group.AddPermission("Other.Things", MultiTenancySides.Tenant, "Modules.Broken");
            group.AddPermission("Broken.Fine", MultiTenancySides.Tenant, "Modules.Broken");
        }
    }

    private sealed class BrokenFeatures : FeatureDefinitionProvider
    {
        public override void Define(FeatureDefinitionContext context) => context.AddModuleSwitch("Broken");
    }
}
