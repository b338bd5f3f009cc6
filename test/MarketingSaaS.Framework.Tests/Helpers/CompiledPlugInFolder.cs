using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MarketingSaaS.Framework.Tests.Helpers;

/// <summary>
/// A plug-in folder built at test time with Roslyn: plugins/SamplePlugIn/SamplePlugIn.dll, its private
/// dependency SamplePlugIn.Helper.dll next to it, and a copy of an assembly the host also has.
/// </summary>
public sealed class CompiledPlugInFolder : IDisposable
{
    public const string PlugInName = "SamplePlugIn";
    public const string HelperName = "SamplePlugIn.Helper";
    public const string HelperText = "hello from the plug-in's own dependency";

    /// <summary>Part of the host's shared framework, but nothing in these tests loads it.</summary>
    public const string HostAssemblyCopiedIntoPlugIn = "System.Formats.Tar";

    private const string HelperSource = $$"""
        namespace SamplePlugIn.Helper;
        public static class GreetingText
        {
            public static string Value => "{{HelperText}}";
        }
        """;

    private const string PlugInSource = """
        using MarketingSaaS.Framework.Modularity;
        using MarketingSaaS.Framework.Tests.Helpers;
        using Microsoft.Extensions.DependencyInjection;

        namespace SamplePlugIn;

        [DependsOn(typeof(MarketingSaaS.Framework.FrameworkModule))]
        public sealed class SamplePlugInModule : MarketingModule
        {
            public override void ConfigureServices(ServiceConfigurationContext context) =>
                context.Services.AddSingleton<IPlugInGreeting>(new Greeting(SamplePlugIn.Helper.GreetingText.Value));
        }

        public sealed class Greeting(string text) : IPlugInGreeting
        {
            public string Text { get; } = text;
        }

        public abstract class AbstractPlugInModule : MarketingModule;
        """;

    public CompiledPlugInFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), $"msaas-plugins-{Guid.NewGuid():N}");
        PlugInFolder = Path.Combine(Root, PlugInName);
        Directory.CreateDirectory(PlugInFolder);

        var hostReferences = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p))
            .ToList();
        var helperPath = Path.Combine(PlugInFolder, HelperName + ".dll");
        Compile(HelperName, HelperSource, hostReferences, helperPath);
        Compile(PlugInName, PlugInSource, [.. hostReferences, MetadataReference.CreateFromFile(helperPath)], Path.Combine(PlugInFolder, PlugInName + ".dll"));

        var hostCopy = HostAssemblyCopiedIntoPlugIn + ".dll";
        File.Copy(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, hostCopy), Path.Combine(PlugInFolder, hostCopy));
    }

    /// <summary>The folder to give <see cref="Framework.Modularity.PlugInFolderSource"/>.</summary>
    public string Root { get; }

    public string PlugInFolder { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Compile(string assemblyName, string source, IEnumerable<MetadataReference> references, string outputPath)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var output = File.Create(outputPath);
        var result = compilation.Emit(output);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{assemblyName} does not compile:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
    }
}
