using System.Reflection;
using System.Runtime.Loader;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.Tests.Helpers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Modularity;

public sealed class PlugInFolderSourceTests(CompiledPlugInFolder plugIns) : IClassFixture<CompiledPlugInFolder>
{
    [Fact]
    public void The_module_class_of_the_plug_in_is_found_and_abstract_ones_are_skipped()
    {
        var types = new PlugInFolderSource(plugIns.Root).LoadModuleTypes();

        types.Select(t => t.FullName).ShouldBe(["SamplePlugIn.SamplePlugInModule"]);
    }

    [Fact]
    public void The_plug_in_loads_into_its_own_load_context()
    {
        var module = new PlugInFolderSource(plugIns.Root).LoadModuleTypes().Single();

        var context = AssemblyLoadContext.GetLoadContext(module.Assembly);
        context.ShouldNotBeNull();
        context.ShouldNotBe(AssemblyLoadContext.Default);
        context.ShouldBeOfType<PlugInLoadContext>();
        module.Assembly.Location.ShouldBe(Path.Combine(plugIns.PlugInFolder, CompiledPlugInFolder.PlugInName + ".dll"));
    }

    [Fact]
    public void Framework_types_are_shared_with_the_host()
    {
        var module = new PlugInFolderSource(plugIns.Root).LoadModuleTypes().Single();

        typeof(MarketingModule).IsAssignableFrom(module).ShouldBeTrue();
        module.BaseType.ShouldBe(typeof(MarketingModule));
        AssemblyLoadContext.GetLoadContext(module.BaseType!.Assembly).ShouldBe(AssemblyLoadContext.Default);
    }

    [Fact]
    public void The_private_dependency_resolves_from_the_plug_in_folder()
    {
        var module = new PlugInFolderSource(plugIns.Root).LoadModuleTypes().Single();
        var context = AssemblyLoadContext.GetLoadContext(module.Assembly)!;

        var helper = context.LoadFromAssemblyName(new AssemblyName(CompiledPlugInFolder.HelperName));

        AssemblyLoadContext.GetLoadContext(helper).ShouldBe(context);
        helper.Location.ShouldBe(Path.Combine(plugIns.PlugInFolder, CompiledPlugInFolder.HelperName + ".dll"));
        AssemblyLoadContext.Default.Assemblies.ShouldNotContain(a => a.GetName().Name == CompiledPlugInFolder.HelperName);
    }

    [Fact]
    public void An_assembly_the_host_has_is_shared_even_if_the_host_has_not_loaded_it_yet()
    {
        var module = new PlugInFolderSource(plugIns.Root).LoadModuleTypes().Single();
        var context = AssemblyLoadContext.GetLoadContext(module.Assembly)!;

        AssemblyLoadContext.Default.Assemblies.ShouldNotContain(a => a.GetName().Name == CompiledPlugInFolder.HostAssemblyCopiedIntoPlugIn);
        var copied = context.LoadFromAssemblyName(new AssemblyName(CompiledPlugInFolder.HostAssemblyCopiedIntoPlugIn));

        AssemblyLoadContext.GetLoadContext(copied).ShouldBe(AssemblyLoadContext.Default);
    }

    [Fact]
    public void Its_ConfigureServices_runs_through_ModularApplication_and_uses_its_private_dependency()
    {
        var services = new ServiceCollection();
        var plugInTypes = new PlugInFolderSource(plugIns.Root).LoadModuleTypes();

        var application = ModularApplication.Create(typeof(FrameworkModule), services, new ConfigurationBuilder().Build(), plugInTypes);

        application.Modules.Single(m => m.IsPlugIn).Type.ShouldBe(plugInTypes.Single());
        application.Modules.Select(m => m.Type).ShouldBe([typeof(FrameworkModule), plugInTypes.Single()]);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IPlugInGreeting>().Text.ShouldBe(CompiledPlugInFolder.HelperText);
    }

    [Fact]
    public void A_missing_plug_in_folder_yields_no_modules()
    {
        new PlugInFolderSource(Path.Combine(plugIns.Root, "does-not-exist")).LoadModuleTypes().ShouldBeEmpty();
    }

    [Fact]
    public void A_sub_folder_without_its_main_assembly_is_reported()
    {
        var root = Path.Combine(Path.GetTempPath(), $"msaas-plugins-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "Broken"));
        try
        {
            var e = Should.Throw<FileNotFoundException>(() => new PlugInFolderSource(root).LoadModuleTypes());

            e.Message.ShouldContain("Broken.dll");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
