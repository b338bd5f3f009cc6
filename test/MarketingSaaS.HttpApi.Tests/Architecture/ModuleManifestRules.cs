using System.Reflection;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.Modularity.Manifests;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.TextTemplating;

namespace MarketingSaaS.HttpApi.Tests.Architecture;

/// <summary>
/// Every module under modules/ has exactly one manifest, named by one module class; what a manifest declares matches
/// what the definition providers it names define: the switch is the manifest's (no provider defines it again), every
/// permission, feature, setting and template carries the module's prefix and needs the switch, and the default role
/// grants name only permissions the module defines.
/// </summary>
internal static class ModuleManifestRules
{
    /// <summary>Each folder under modules/ with the types of its source projects' assemblies (loaded by name).</summary>
    public static IEnumerable<(string Module, IReadOnlyList<Type> Types)> ReadModules(string root) =>
        Directory.GetDirectories(Path.Combine(root, "modules"))
            .Select(folder => (Path.GetFileName(folder), (IReadOnlyList<Type>)[.. SourceAssemblies(folder).SelectMany(a => a.GetTypes())]));

    public static IEnumerable<string> OneManifestViolations(IEnumerable<(string Module, IReadOnlyList<Type> Types)> modules)
    {
        foreach (var (module, types) in modules)
        {
            var manifests = types.Where(t => !t.IsAbstract && typeof(IModuleManifest).IsAssignableFrom(t)).ToList();
            if (manifests.Count != 1)
            {
                yield return $"module {module} has {manifests.Count} manifests ({string.Join(", ", manifests.Select(t => t.Name))}), not one";
                continue;
            }

            var namingModules = types.Where(t => typeof(MarketingModule).IsAssignableFrom(t)
                && t.GetCustomAttribute<ModuleManifestAttribute>()?.ManifestType == manifests[0]).ToList();
            if (namingModules.Count != 1)
            {
                yield return $"module {module}: {namingModules.Count} module classes name {manifests[0].Name} with [ModuleManifest], not one";
            }
        }
    }

    public static IEnumerable<string> DeclarationViolations(ModuleManifest manifest)
    {
        var prefix = manifest.Name + ".";
        var permissions = Define<PermissionDefinitionProvider, PermissionDefinitionContext>(manifest.PermissionProviders, (p, c) => p.Define(c))
            .SelectMany(c => c.Groups).SelectMany(g => g.Permissions).SelectMany(Flatten).ToList();
        foreach (var permission in permissions.Where(p => !p.Name.StartsWith(prefix, StringComparison.Ordinal) || !Needs(p.RequiredFeatures, manifest)))
        {
            yield return $"{manifest.Name}: permission {permission.Name} needs the prefix {prefix} and the switch {manifest.FeatureSwitch}";
        }

        var features = Define<FeatureDefinitionProvider, FeatureDefinitionContext>(manifest.FeatureProviders, (p, c) => p.Define(c)).SelectMany(c => c.Features);
        foreach (var feature in features.Where(f => !f.Name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            yield return $"{manifest.Name}: feature {feature.Name} is not the module's ({prefix}…; the switch {manifest.FeatureSwitch} comes from the manifest)";
        }

        var settings = Define<SettingDefinitionProvider, SettingDefinitionContext>(manifest.SettingProviders, (p, c) => p.Define(c)).SelectMany(c => c.Settings);
        foreach (var setting in settings.Where(s => !s.Name.StartsWith(prefix, StringComparison.Ordinal) || s.RequiredFeature != manifest.FeatureSwitch))
        {
            yield return $"{manifest.Name}: setting {setting.Name} needs the prefix {prefix} and the switch {manifest.FeatureSwitch}";
        }

        var templates = Define<TemplateDefinitionProvider, TemplateDefinitionContext>(manifest.TemplateProviders, (p, c) => p.Define(c)).SelectMany(c => c.Templates);
        foreach (var template in templates.Where(t => !t.Name.StartsWith(prefix, StringComparison.Ordinal) || t.RequiredFeature != manifest.FeatureSwitch))
        {
            yield return $"{manifest.Name}: template {template.Name} needs the prefix {prefix} and the switch {manifest.FeatureSwitch}";
        }

        var defined = permissions.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (role, granted) in manifest.DefaultRoleGrants)
        {
            foreach (var permission in granted.Where(p => !defined.Contains(p)))
            {
                yield return $"{manifest.Name}: role {role} is granted {permission} by default, which the module's permission providers do not define";
            }
        }
    }

    private static bool Needs(IReadOnlyList<string> requiredFeatures, ModuleManifest manifest) =>
        requiredFeatures.Contains(manifest.FeatureSwitch, StringComparer.Ordinal);

    private static IEnumerable<TContext> Define<TProvider, TContext>(IEnumerable<Type> providers, Action<TProvider, TContext> define)
        where TContext : new()
    {
        foreach (var type in providers)
        {
            var context = new TContext();
            define((TProvider)Activator.CreateInstance(type)!, context);
            yield return context;
        }
    }

    private static IEnumerable<PermissionDefinition> Flatten(PermissionDefinition permission) =>
        permission.Children.SelectMany(Flatten).Prepend(permission);

    private static IEnumerable<Assembly> SourceAssemblies(string moduleFolder) =>
        Directory.EnumerateFiles(Path.Combine(moduleFolder, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(project => Assembly.Load(Path.GetFileNameWithoutExtension(project)));
}
