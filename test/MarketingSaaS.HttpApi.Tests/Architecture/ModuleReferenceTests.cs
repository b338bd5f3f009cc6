using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Architecture;

public sealed class ModuleReferenceTests
{
    [Fact]
    public void Platform_projects_do_not_reference_modules_and_modules_do_not_reference_each_other()
    {
        var projects = ModuleReferenceRules.ReadProjects(RepositoryRoot()).ToList();
        projects.ShouldContain(p => p.Project.StartsWith("modules/Events/src/", StringComparison.Ordinal));
        projects.ShouldContain(p => p.Project == "src/MarketingSaaS.Domain/MarketingSaaS.Domain.csproj");
        projects.Single(p => p.Project == "src/MarketingSaaS.HttpApi.Host/MarketingSaaS.HttpApi.Host.csproj").References
            .ShouldContain(ModuleReferenceRules.ComposedModules);

        ModuleReferenceRules.Violations(projects).ShouldBeEmpty();
    }

    [Fact]
    public void The_rules_catch_each_kind_of_violation()
    {
        (string, IReadOnlyList<string>)[] projects =
        [
            ("src/MarketingSaaS.HttpApi/MarketingSaaS.HttpApi.csproj", ["modules/Events/src/MarketingSaaS.Events.Application/MarketingSaaS.Events.Application.csproj"]),
            ("modules/Research/src/MarketingSaaS.Research.Domain/MarketingSaaS.Research.Domain.csproj", ["modules/Events/src/MarketingSaaS.Events.Domain/MarketingSaaS.Events.Domain.csproj"]),
            ("modules/Events/src/MarketingSaaS.Events.EntityFrameworkCore/MarketingSaaS.Events.EntityFrameworkCore.csproj", ["src/MarketingSaaS.EntityFrameworkCore/MarketingSaaS.EntityFrameworkCore.csproj"]),
            ("src/MarketingSaaS.HttpApi.Host/MarketingSaaS.HttpApi.Host.csproj", ["modules/Events/src/MarketingSaaS.Events.HttpApi/MarketingSaaS.Events.HttpApi.csproj"]),
            ("modules/Events/src/MarketingSaaS.Events.Domain/MarketingSaaS.Events.Domain.csproj", ["src/MarketingSaaS.Domain.Shared/MarketingSaaS.Domain.Shared.csproj"]),
            ("modules/Events/src/MarketingSaaS.Events.Application/MarketingSaaS.Events.Application.csproj", ["src/MarketingSaaS.Application/MarketingSaaS.Application.csproj"]),
            ("src/MarketingSaaS.Application/MarketingSaaS.Application.csproj", [ModuleReferenceRules.ComposedModules]),
        ];

        var violations = ModuleReferenceRules.Violations(projects).ToList();

        violations.Count.ShouldBe(5);
        violations[0].ShouldStartWith("platform project src/MarketingSaaS.HttpApi/");
        violations[1].ShouldStartWith("module project modules/Research/");
        violations[2].ShouldContain("src/MarketingSaaS.EntityFrameworkCore/MarketingSaaS.EntityFrameworkCore.csproj, which is not a platform contract");
        violations[3].ShouldContain("src/MarketingSaaS.Application/MarketingSaaS.Application.csproj, which is not a platform contract");
        violations[4].ShouldBe($"platform project src/MarketingSaaS.Application/MarketingSaaS.Application.csproj references module project {ModuleReferenceRules.ComposedModules}");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MarketingSaaS.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MarketingSaaS.sln not found above " + AppContext.BaseDirectory);
    }
}
