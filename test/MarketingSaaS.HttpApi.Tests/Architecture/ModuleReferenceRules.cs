using System.Xml.Linq;

namespace MarketingSaaS.HttpApi.Tests.Architecture;

/// <summary>
/// The dependency rules between the platform and the optional modules, read from the .csproj files:
/// platform projects never reference a module (only the composition roots — the host and the DbMigrator —
/// compose modules); a module never references another module; a module's source projects use the
/// platform only through its contracts: the framework, MarketingSaaS.Domain.Shared and MarketingSaaS.Application.Contracts
/// (the type-level rules on the compiled assemblies: <see cref="ModuleTypeDependencyRules"/>).
/// </summary>
internal static class ModuleReferenceRules
{
    public static readonly string[] CompositionRoots = ["src/MarketingSaaS.HttpApi.Host/", "src/MarketingSaaS.DbMigrator/"];

    public static readonly string[] PlatformContracts = ["src/framework/", "src/MarketingSaaS.Domain.Shared/", "src/MarketingSaaS.Application.Contracts/"];

    /// <summary>Every project under src/, modules/ and test/, with the projects it references (paths relative to the root, '/').</summary>
    public static IEnumerable<(string Project, IReadOnlyList<string> References)> ReadProjects(string root) =>
        new[] { "src", "modules", "test" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Relative(root, path), (IReadOnlyList<string>)[.. References(root, path)]));

    public static IEnumerable<string> Violations(IEnumerable<(string Project, IReadOnlyList<string> References)> projects)
    {
        foreach (var (project, references) in projects)
        {
            foreach (var reference in references)
            {
                if (Violation(project, reference) is { } violation)
                {
                    yield return violation;
                }
            }
        }
    }

    private static string? Violation(string project, string reference)
    {
        var projectModule = ModuleOf(project);
        var referenceModule = ModuleOf(reference);
        if (project.StartsWith("src/", StringComparison.Ordinal) && referenceModule is not null
            && !CompositionRoots.Any(r => project.StartsWith(r, StringComparison.Ordinal)))
        {
            return $"platform project {project} references module project {reference}";
        }

        if (projectModule is not null && referenceModule is not null && projectModule != referenceModule)
        {
            return $"module project {project} references another module's project {reference}";
        }

        if (projectModule is not null && project.StartsWith($"modules/{projectModule}/src/", StringComparison.Ordinal)
            && reference.StartsWith("src/", StringComparison.Ordinal)
            && !PlatformContracts.Any(c => reference.StartsWith(c, StringComparison.Ordinal)))
        {
            return $"module project {project} references {reference}, which is not a platform contract";
        }

        return null;
    }

    private static string? ModuleOf(string path)
    {
        var parts = path.Split('/');
        return parts.Length > 2 && parts[0] == "modules" ? parts[1] : null;
    }

    /// <summary>
    /// The project's references as written, and <see cref="ComposedModules"/> when it imports the host's
    /// ComposeModules.targets, which references every listed module (only composition roots may).
    /// </summary>
    private static IEnumerable<string> References(string root, string projectPath)
    {
        var elements = XDocument.Load(projectPath).Descendants().ToList();
        var written = elements
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => e.Attribute("Include")?.Value)
            .OfType<string>()
            .Select(include => Relative(root, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectPath)!, include.Replace('\\', Path.DirectorySeparatorChar)))));
        var composes = elements.Any(e => e.Name.LocalName == "Import"
            && (e.Attribute("Project")?.Value ?? "").Replace('\\', '/').EndsWith("/ComposeModules.targets", StringComparison.Ordinal));
        return composes ? written.Append(ComposedModules) : written;
    }

    /// <summary>Stands for the modules listed in the host's Modules/ComposedModules.props.</summary>
    public const string ComposedModules = "modules/(every composed module)/ComposeModules.targets";

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
