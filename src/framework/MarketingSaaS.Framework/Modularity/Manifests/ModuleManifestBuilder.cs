using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Metrics;
using MarketingSaaS.Framework.Search;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.TextTemplating;

namespace MarketingSaaS.Framework.Modularity.Manifests;

/// <summary>What <see cref="IModuleManifest.Describe"/> fills: it points at the module's existing definition providers.</summary>
public sealed class ModuleManifestBuilder
{
    internal List<string> RequiredModules { get; } = [];

    internal List<string> OptionalModules { get; } = [];

    internal List<Type> FeatureProviders { get; } = [];

    internal List<Type> PermissionProviders { get; } = [];

    internal List<Type> SettingProviders { get; } = [];

    internal List<Type> TemplateProviders { get; } = [];

    internal List<Type> MetricProviders { get; } = [];

    internal List<Type> SearchProviders { get; } = [];

    internal Dictionary<string, List<string>> DefaultRoleGrants { get; } = new(StringComparer.Ordinal);

    internal List<(Type Kind, Type Provider)> OtherProviders { get; } = [];

    internal ModuleMenuEntry? Menu { get; private set; }

    internal bool SwitchedOnByDefault { get; private set; }

    /// <summary>Every company has the module on until an administrator switches it off (most modules: off).</summary>
    public ModuleManifestBuilder OnByDefault()
    {
        SwitchedOnByDefault = true;
        return this;
    }

    public ModuleManifestBuilder Requires(string moduleName) => Add(RequiredModules, moduleName);

    public ModuleManifestBuilder WorksWith(string moduleName) => Add(OptionalModules, moduleName);

    public ModuleManifestBuilder Features<TProvider>() where TProvider : FeatureDefinitionProvider => Add(FeatureProviders, typeof(TProvider));

    public ModuleManifestBuilder Permissions<TProvider>() where TProvider : PermissionDefinitionProvider => Add(PermissionProviders, typeof(TProvider));

    public ModuleManifestBuilder Settings<TProvider>() where TProvider : SettingDefinitionProvider => Add(SettingProviders, typeof(TProvider));

    public ModuleManifestBuilder Templates<TProvider>() where TProvider : TemplateDefinitionProvider => Add(TemplateProviders, typeof(TProvider));

    public ModuleManifestBuilder Metrics<TProvider>() where TProvider : class, IMetricProvider => Add(MetricProviders, typeof(TProvider));

    public ModuleManifestBuilder Search<TProvider>() where TProvider : class, ISearchProvider => Add(SearchProviders, typeof(TProvider));

    public ModuleManifestBuilder GrantByDefault(string role, params string[] permissions)
    {
        if (!DefaultRoleGrants.TryGetValue(role, out var granted))
        {
            DefaultRoleGrants[role] = granted = [];
        }

        granted.AddRange(permissions);
        return this;
    }

    /// <summary>A definition provider of a kind the platform owns, e.g. approval business types:
    /// <c>Provides&lt;ApprovalBusinessTypeDefinitionProvider, EventsApprovalBusinessTypeDefinitionProvider&gt;()</c>.</summary>
    public ModuleManifestBuilder Provides<TKind, TProvider>()
        where TKind : class
        where TProvider : class, TKind => Add(OtherProviders, (typeof(TKind), typeof(TProvider)));

    public ModuleManifestBuilder MenuEntry(string group, string icon, int order = 0)
    {
        Menu = new ModuleMenuEntry(group, icon, order);
        return this;
    }

    private ModuleManifestBuilder Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return this;
    }
}
