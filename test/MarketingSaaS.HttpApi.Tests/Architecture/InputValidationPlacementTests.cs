using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using MarketingSaaS.Account;
using MarketingSaaS.Framework.AspNetCore.Validation;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Architecture;

/// <summary>
/// Input DTOs are validated by the endpoint pipeline, never by hand in a use case: the validator lives in
/// Framework.AspNetCore, which no Application assembly (platform or module) may reference.
/// </summary>
public sealed class InputValidationPlacementTests
{
    private const string PipelineAssembly = "MarketingSaaS.Framework.AspNetCore";

    [Fact]
    public void No_application_assembly_can_call_the_input_validator()
    {
        typeof(InputValidator).Assembly.GetName().Name.ShouldBe(PipelineAssembly);
        var applications = Directory.GetFiles(AppContext.BaseDirectory, "MarketingSaaS*.Application.dll");
        applications.Select(Path.GetFileName).ShouldContain("MarketingSaaS.Application.dll");
        applications.Select(Path.GetFileName).ShouldContain("MarketingSaaS.Events.Application.dll");

        applications.Where(ReferencesPipeline).Select(Path.GetFileName).ShouldBeEmpty();
    }

    [Fact]
    public void The_rule_catches_an_assembly_that_references_the_pipeline()
    {
        ReferencesPipeline(typeof(AccountEndpoints).Assembly.Location).ShouldBeTrue();
    }

    private static bool ReferencesPipeline(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Any(r => metadata.GetString(metadata.GetAssemblyReference(r).Name) == PipelineAssembly);
    }
}
