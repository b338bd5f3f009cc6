using System.Reflection;
using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Framework.Modularity.Manifests;

/// <summary>A module's manifest as described by its <see cref="IModuleManifest"/>: what the readers see.</summary>
public sealed class ModuleManifest
{
    internal ModuleManifest(IModuleManifest source, ModuleManifestBuilder described)
    {
        Name = source.Name;
        Assembly = source.GetType().Assembly;
        RequiredModules = [.. described.RequiredModules];
        OptionalModules = [.. described.OptionalModules];
        FeatureProviders = [.. described.FeatureProviders];
        PermissionProviders = [.. described.PermissionProviders];
        SettingProviders = [.. described.SettingProviders];
        TemplateProviders = [.. described.TemplateProviders];
        MetricProviders = [.. described.MetricProviders];
        SearchProviders = [.. described.SearchProviders];
        DefaultRoleGrants = described.DefaultRoleGrants.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Value], StringComparer.Ordinal);
        OtherProviders = [.. described.OtherProviders];
        Menu = described.Menu;
        SwitchedOnByDefault = described.SwitchedOnByDefault;
    }

    public string Name { get; }

    /// <summary>The per-company switch, "Modules.{Name}", defined by the framework from the manifest.</summary>
    public string FeatureSwitch => ModuleFeatures.For(Name);

    public bool SwitchedOnByDefault { get; }

    /// <summary>The assembly of the manifest: its embedded Localization/** texts are registered with the module.</summary>
    public Assembly Assembly { get; }

    /// <summary>Modules that must be composed too (start-up fails without them).</summary>
    public IReadOnlyList<string> RequiredModules { get; }

    /// <summary>Modules this one works with when present (e.g. subscribes to their integration events); fine without them.</summary>
    public IReadOnlyList<string> OptionalModules { get; }

    /// <summary>Features besides the switch (limits, options); none for most modules.</summary>
    public IReadOnlyList<Type> FeatureProviders { get; }

    public IReadOnlyList<Type> PermissionProviders { get; }

    public IReadOnlyList<Type> SettingProviders { get; }

    public IReadOnlyList<Type> TemplateProviders { get; }

    public IReadOnlyList<Type> MetricProviders { get; }

    public IReadOnlyList<Type> SearchProviders { get; }

    /// <summary>Role name → permissions the company's static roles get when the company switches the module on.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DefaultRoleGrants { get; }

    /// <summary>Definition providers of kinds the platform owns (approval business types), registered as singletons of their kind.</summary>
    public IReadOnlyList<(Type Kind, Type Provider)> OtherProviders { get; }

    public ModuleMenuEntry? Menu { get; }

    public static ModuleManifest From(IModuleManifest source)
    {
        var builder = new ModuleManifestBuilder();
        source.Describe(builder);
        return new ModuleManifest(source, builder);
    }

    public static ModuleManifest? ForModuleType(Type moduleType) =>
        moduleType.GetCustomAttribute<ModuleManifestAttribute>() is { } attribute
            ? From((IModuleManifest)Activator.CreateInstance(attribute.ManifestType)!)
            : null;

    public override string ToString() => Name;
}
