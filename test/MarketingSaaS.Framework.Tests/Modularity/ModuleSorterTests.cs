using MarketingSaaS.Framework.Modularity;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Modularity;

public sealed class ModuleSorterTests
{
    [Fact]
    public void Dependencies_come_before_their_dependants()
    {
        var order = ModuleSorter.Sort([typeof(Top)]);

        order.ShouldBe([typeof(Bottom), typeof(Left), typeof(Right), typeof(Top)]);
    }

    [Fact]
    public void A_diamond_lists_the_shared_dependency_once()
    {
        var order = ModuleSorter.Sort([typeof(Top)]);

        order.Count(t => t == typeof(Bottom)).ShouldBe(1);
        order.Distinct().Count().ShouldBe(order.Count);
    }

    [Fact]
    public void Several_roots_share_their_common_dependencies()
    {
        var order = ModuleSorter.Sort([typeof(Left), typeof(Right), typeof(Left)]);

        order.ShouldBe([typeof(Bottom), typeof(Left), typeof(Right)]);
    }

    [Fact]
    public void Every_module_comes_after_all_of_its_dependencies()
    {
        var order = ModuleSorter.Sort([typeof(Top), typeof(Lonely)]).ToList();

        foreach (var module in order)
        {
            foreach (var dependency in ModuleSorter.GetDependencies(module))
            {
                order.IndexOf(dependency).ShouldBeLessThan(order.IndexOf(module), $"{dependency.Name} must start before {module.Name}");
            }
        }
    }

    [Fact]
    public void A_two_module_cycle_is_named()
    {
        var e = Should.Throw<ModuleCycleException>(() => ModuleSorter.Sort([typeof(CycleA)]));

        e.Message.ShouldContain("CycleA -> CycleB -> CycleA");
        e.Cycle.ShouldBe([typeof(CycleA), typeof(CycleB), typeof(CycleA)]);
    }

    [Fact]
    public void A_longer_cycle_below_the_root_names_only_the_modules_in_the_cycle()
    {
        var e = Should.Throw<ModuleCycleException>(() => ModuleSorter.Sort([typeof(EntersCycle)]));

        e.Cycle.ShouldBe([typeof(RingX), typeof(RingY), typeof(RingZ), typeof(RingX)]);
        e.Message.ShouldNotContain(nameof(EntersCycle));
    }

    [Fact]
    public void A_module_depending_on_itself_is_a_cycle()
    {
        var e = Should.Throw<ModuleCycleException>(() => ModuleSorter.Sort([typeof(SelfLoop)]));

        e.Message.ShouldContain("SelfLoop -> SelfLoop");
    }

    [Fact]
    public void A_dependency_that_is_not_a_module_is_rejected()
    {
        var e = Should.Throw<ArgumentException>(() => ModuleSorter.Sort([typeof(DependsOnString)]));

        e.Message.ShouldContain("System.String");
    }

    public sealed class Bottom : MarketingModule;

    [DependsOn(typeof(Bottom))]
    public sealed class Left : MarketingModule;

    [DependsOn(typeof(Bottom))]
    public sealed class Right : MarketingModule;

    [DependsOn(typeof(Left), typeof(Right))]
    public sealed class Top : MarketingModule;

    public sealed class Lonely : MarketingModule;

    [DependsOn(typeof(CycleB))]
    public sealed class CycleA : MarketingModule;

    [DependsOn(typeof(CycleA))]
    public sealed class CycleB : MarketingModule;

    [DependsOn(typeof(RingX))]
    public sealed class EntersCycle : MarketingModule;

    [DependsOn(typeof(RingY))]
    public sealed class RingX : MarketingModule;

    [DependsOn(typeof(RingZ))]
    public sealed class RingY : MarketingModule;

    [DependsOn(typeof(RingX))]
    public sealed class RingZ : MarketingModule;

    [DependsOn(typeof(SelfLoop))]
    public sealed class SelfLoop : MarketingModule;

    [DependsOn(typeof(string))]
    public sealed class DependsOnString : MarketingModule;
}
